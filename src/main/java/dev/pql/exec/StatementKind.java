package dev.pql.exec;

import dev.pql.parse.Ast;
import dev.pql.train.TrainingProgress;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Everything the engine and its front ends know about one kind of PQL statement, in one place:
 * what runs it, the least role that may run it over the network, whether its answer's columns can
 * be had before it runs (a JDBC client's {@code getMetaData()} on a prepared statement), its name
 * in messages and help, and an example that the grammar parses into it. See {@link StatementKinds}.
 *
 * @param type the statement's AST record
 * @param name how users name it: the help topic, the audit log's statement
 * @param role the least role that may run it over the network
 * @param cheap whether describing its answer costs no more than reading the catalog and preparing
 *     its query (never a training or a scoring pass), so a client may ask before executing
 * @param example a statement of this kind, checked to parse into {@code type}
 * @param runner what runs it in a session
 */
public record StatementKind(Class<? extends Ast.Statement> type, String name, Role role, boolean cheap, String example,
        Runner runner) {

    /** Runs one statement of the kind; the statement is of {@code type}. */
    @FunctionalInterface
    public interface Runner {
        ExecResult run(Session session, Ast.Statement stmt, String text, Consumer<TrainingProgress> progress,
                BooleanSupplier cancelled);
    }
}
