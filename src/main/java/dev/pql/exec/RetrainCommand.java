package dev.pql.exec;

import dev.pql.parse.Ast;
import dev.pql.train.TrainingProgress;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** RETRAIN MODEL: a new version from the active version's config, with new data or overrides. */
final class RetrainCommand {
    private final Engine engine;

    RetrainCommand(Engine engine) {
        this.engine = engine;
    }

    ExecResult run(Ast.Retrain r, String text, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        throw Engine.notYet("RETRAIN MODEL");
    }
}
