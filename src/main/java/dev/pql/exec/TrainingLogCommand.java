package dev.pql.exec;

import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;

/** SHOW TRAINING LOG: a version's per-epoch log as rows a BI tool can chart. */
final class TrainingLogCommand {
    private TrainingLogCommand() {
    }

    static ExecResult run(ModelStore store, Ast.ShowTrainingLog l) {
        throw Engine.notYet("SHOW TRAINING LOG");
    }
}
