package dev.pql.exec;

import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import dev.pql.train.Trial;
import java.util.List;

/**
 * SHOW TRIALS m [VERSION n]: the candidates a version tried, one row each: {@code model, version,
 * trial, kind, parameters, metric, value, weight, status, seconds} ({@code value}: the held-out
 * score, lower is better; {@code weight}: its share of the version's ensemble). A version of a
 * pinned model_type tried nothing and has no rows. pql.trials has the same rows for every version.
 */
final class TrialsCommand {
    private TrialsCommand() {
    }

    static ExecResult run(ModelStore store, Ast.ShowTrials t) {
        String name = ModelStore.normalize(t.model().text());
        int version = store.resolve(name, t.version());
        Rows rows = columns(new Rows());
        add(rows, name, version, store.trials(name, version));
        return ExecResult.rows(rows.build(), List.of());
    }

    /** The columns of SHOW TRIALS and pql.trials. */
    static Rows columns(Rows rows) {
        return rows.text("model").integer("version").integer("trial").text("kind").text("parameters").text("metric")
                .number("value").number("weight").text("status").number("seconds");
    }

    static void add(Rows rows, String name, int version, List<Trial> trials) {
        for (Trial t : trials) {
            rows.add(name, version, t.trial(), t.kind(), t.parameters(), t.metric(), t.value(),
                    Math.round(t.weight() * 10000) / 10000.0, t.status(), Math.round(t.seconds() * 1000) / 1000.0);
        }
    }
}
