package dev.pql.exec;

import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import dev.pql.train.EpochLog;
import java.util.List;
import java.util.Map;

/**
 * SHOW TRAINING LOG m [VERSION n]: a version's per-epoch log as rows a BI tool can chart, one row
 * per epoch, split and metric (long format, so the schema is fixed whatever the output type):
 * {@code model, version, epoch, steps, elapsed_seconds, learning_rate, split, metric, value, fold}
 * (fold: 1, or the fold's model of a k-fold training, whose epochs restart with each fold).
 * {@code split} is {@code training} (measured on the batches as they were trained) or
 * {@code validation}; {@code metric} is {@code loss} or one of the output type's metrics.
 */
final class TrainingLogCommand {
    private TrainingLogCommand() {
    }

    static ExecResult run(ModelStore store, Ast.ShowTrainingLog l) {
        String name = ModelStore.normalize(l.model().text());
        int version = store.resolve(name, l.version());
        Rows rows = new Rows().text("model").integer("version").integer("epoch").integer("steps")
                .number("elapsed_seconds").number("learning_rate").text("split").text("metric").number("value")
                .integer("fold");
        for (EpochLog e : store.trainingLog(name, version)) {
            Map<String, Double> training = e.trainMetrics() != null ? e.trainMetrics() : Map.of("loss", e.trainLoss());
            add(rows, name, version, e, "training", training);
            add(rows, name, version, e, "validation", e.validationMetrics() == null ? Map.of() : e.validationMetrics());
        }
        return ExecResult.rows(rows.build(), List.of());
    }

    private static void add(Rows rows, String name, int version, EpochLog e, String split, Map<String, Double> metrics) {
        for (Map.Entry<String, Double> m : metrics.entrySet()) {
            rows.add(name, version, e.epoch(), (int) e.steps(), round(e.elapsedSeconds()), e.learningRate(), split,
                    m.getKey(), m.getValue(), e.foldOrFirst());
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
