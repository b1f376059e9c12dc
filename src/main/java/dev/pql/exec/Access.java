package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.parse.SqlGuard;

/**
 * Who may run what over the network (DESIGN.md §7), decided before anything runs, so a refused
 * statement has no effect at all. Readers query and predict; analysts also train and change the
 * store's tables; admins also attach sources and move models in and out. No role runs code or
 * reaches the server's files: those statements are refused for everyone.
 */
final class Access {
    private Access() {
    }

    /**
     * Refuses (42501) a statement the role may not run; {@code role} null is local use: anything goes.
     * {@code text} is the statement as sent: the queries inside a PQL statement are judged too.
     */
    static void check(Role role, String user, Ast.Statement stmt, String text) {
        if (role == null) {
            return;
        }
        SqlGuard.Verdict reach = text == null ? null : SqlGuard.serverReach(text);
        if (reach != null) {
            throw new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "Not allowed over the network: " + reach.reason()
                    + ". No role may run code or reach the server's files remotely.");
        }
        Role needed;
        String what;
        if (stmt instanceof Ast.Sql plain) {
            SqlGuard.Verdict v = SqlGuard.judge(plain.sql());
            if (v.kind() == SqlGuard.Kind.SERVER) {
                throw new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "Not allowed over the network: " + v.reason()
                        + ". No role may run code or reach the server's files remotely; this statement can be run "
                        + "only on the server's machine, by its owner.");
            }
            needed = v.kind() == SqlGuard.Kind.WRITE ? Role.ANALYST : Role.READER;
            what = v.kind() == SqlGuard.Kind.WRITE ? "changing the store's tables" : "reading";
        } else {
            needed = needed(stmt);
            what = statementName(stmt);
        }
        if (!role.atLeast(needed)) {
            throw new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "User '" + user + "' has role " + role.word()
                    + ", and " + what + " needs role " + needed.word() + " or above. Ask the server's admin for "
                    + "that role (the users file: name: password,role).");
        }
    }

    /** The least role a PQL statement needs. */
    static Role needed(Ast.Statement stmt) {
        return StatementKinds.of(stmt).role();
    }

    /** How a statement is named in messages and the audit log: its kind, in SQL words. */
    static String statementName(Ast.Statement stmt) {
        if (stmt instanceof Ast.Sql plain) {
            String[] words = plain.sql().strip().split("\\s+", 3);
            return words.length == 0 ? "SQL" : words[0].toUpperCase(java.util.Locale.ROOT);
        }
        if (stmt instanceof Ast.Explain x) {
            return "EXPLAIN " + statementName(x.statement());
        }
        return StatementKinds.of(stmt).name();
    }
}
