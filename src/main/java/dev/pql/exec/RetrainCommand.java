package dev.pql.exec;

import dev.pql.config.ModelConfig;
import dev.pql.config.Retraining;
import dev.pql.data.Table;
import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import dev.pql.registry.VersionInfo;
import dev.pql.train.TrainingProgress;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * RETRAIN MODEL: a new version from the active version's config, on the same query or new data
 * ({@code FROM}), with {@code WITH} overrides. Nothing is re-inferred: the config is the recipe.
 */
final class RetrainCommand {
    private final Session session;

    RetrainCommand(Session session) {
        this.session = session;
    }

    ExecResult run(Ast.Retrain r, String text, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        String name = r.name().text();
        ModelStore store = session.models();
        int active = store.resolve(name, null);
        ModelConfig config = Retraining.override(store.config(name, active), r.with());
        VersionInfo previous = store.info(name, active);
        String sql = r.from() != null ? r.from().sql() : previous.sourceSql();
        Ast.Position at = r.from() != null ? r.from().sqlPosition() : new Ast.Position(1, 1);
        List<String> notes = new java.util.ArrayList<>();
        notes.add("retrained from version " + active + (r.with().isEmpty() ? "" : " with " + r.with()));
        // The table goes straight into the job, which lets go of it once its rows are encoded.
        var rows = new CreateModelCommand.TableHandoff(Table.read(session.sql().trainingRows(sql, at, notes)));
        return new CreateModelCommand(session).train(new CreateModelCommand.Job(name, config, notes, rows, sql, text, false,
                null), // RETRAIN trains the version's chosen config again; it does not search
                progress, cancelled);
    }
}
