package dev.pql.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.config.AutoCandidates;
import dev.pql.config.ColumnProfile;
import dev.pql.config.ModelConfig;
import dev.pql.config.ConfigPaths;
import dev.pql.config.Lowering;
import dev.pql.config.Retraining;
import dev.pql.data.Profiler;
import dev.pql.data.Table;
import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import dev.pql.train.EnsembleSelection;
import java.util.List;
import java.util.Map;

/**
 * EXPLAIN CREATE MODEL / RETRAIN: the fully resolved config, without training. One row per option
 * ({@code path, value, source}); the source says where the value came from: config, statement,
 * with, inferred, defaults (the config's per-type section), default (PQL's), or stored (RETRAIN).
 * What inference decided (types, dropped columns) comes back as warnings.
 */
final class ExplainCommand {
    private final Session session;

    ExplainCommand(Session session) {
        this.session = session;
    }

    ExecResult run(Ast.Explain x) {
        Lowering.Lowered lowered;
        if (x.statement() instanceof Ast.CreateModel c) {
            Table table = Table.read(session.sql().trainingRows(c.from().sql(), c.from().sqlPosition(),
                    new java.util.ArrayList<>())); // the rows CREATE MODEL would lower its defaults from
            List<ColumnProfile> profiles = Profiler.profile(table);
            lowered = Lowering.lower(c, profiles);
            if (!c.orReplace() && !c.ifNotExists() && session.models().exists(c.name().text())) {
                List<String> notes = new java.util.ArrayList<>(lowered.notes());
                notes.add("Model '" + c.name().text() + "' already exists: CREATE MODEL would fail; CREATE OR REPLACE "
                        + "MODEL adds a version.");
                lowered = new Lowering.Lowered(lowered.config(), notes, lowered.sources(), lowered.hyperopt());
            }
        } else if (x.statement() instanceof Ast.Retrain r) {
            ModelStore store = session.models();
            String name = r.name().text();
            int active = store.resolve(name, null);
            lowered = Retraining.explain(store.config(name, active), r.with());
        } else {
            throw Engine.notYet("EXPLAIN of " + x.statement().getClass().getSimpleName());
        }
        Rows rows = new Rows().text("path").text("value").text("source");
        for (Map.Entry<String, JsonNode> e : ConfigPaths.flatten(lowered.config()).entrySet()) {
            rows.add(e.getKey(), ConfigPaths.text(e.getValue()), lowered.sources().getOrDefault(e.getKey(), "default"));
        }
        List<String> notes = lowered.notes();
        if (AutoCandidates.isAuto(lowered.config())) {
            notes = new java.util.ArrayList<>(notes);
            notes.add(autoPlan(lowered.config(), rows));
        }
        if (lowered.hyperopt() != null) {
            notes = new java.util.ArrayList<>(notes);
            notes.add(hyperoptPlan(lowered.hyperopt(), lowered.config()));
        }
        return ExecResult.rows(rows.build(), notes);
    }

    /** What HYPEROPT will try, in words: the rows of the searched paths have the source {@code hyperopt}. */
    private static String hyperoptPlan(dev.pql.config.Hyperopt h, ModelConfig config) {
        int trials = h.trials();
        return "hyperopt will train " + trials + " trial(s) (" + (h.tpe() != null ? "TPE" : h.searchAlg()) + " search of "
                + String.join(", ", h.parameters().stream().map(p -> p.path() + " (" + p.space() + ")").toList())
                + (h.halving() != null ? ", poor trials stopped early by successive halving" : "")
                + ") and keep the best by " + (h.metric() == null ? "the validation metric" : h.metric())
                + " on held-out rows; SHOW TRIALS lists them afterwards.";
    }

    /** What model_type auto will try: a row per candidate (source {@code auto}), and the plan in words. */
    private static String autoPlan(ModelConfig config, Rows rows) {
        int folds = config.trainer().folds() == null ? 1 : config.trainer().folds();
        List<String> kinds = new java.util.ArrayList<>();
        for (AutoCandidates.Candidate c : AutoCandidates.of(config, 0)) {
            rows.add("auto.candidates." + c.kind(), c.parameters(), "auto");
            kinds.add(c.kind());
        }
        String metric = EnsembleSelection.metric(config.outputFeatures().get(0).type());
        return "model_type auto will train " + String.join(", ", kinds) + (folds > 1 ? " on the same " + folds
                + " folds" : " on the training split") + " and weight them by ensemble selection on their "
                + (folds > 1 ? "out-of-fold" : "validation") + " " + metric + "; SHOW TRIALS lists them afterwards.";
    }
}
