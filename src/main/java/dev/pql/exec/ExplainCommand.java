package dev.pql.exec;

import dev.pql.parse.Ast;

/** EXPLAIN CREATE MODEL / RETRAIN: the fully resolved config, without training. */
final class ExplainCommand {
    private final Engine engine;

    ExplainCommand(Engine engine) {
        this.engine = engine;
    }

    ExecResult run(Ast.Explain x) {
        throw Engine.notYet("EXPLAIN");
    }
}
