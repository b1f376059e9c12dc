package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import dev.pql.parse.Ast;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A statement's batch: plain SQL goes to the store in one call (the fast path of bulk INSERTs); a
 * batch with PQL statements in it runs statement by statement. Failures are BatchUpdateExceptions
 * with the counts of the statements that ran.
 */
final class Batch {
    private final List<String> statements = new ArrayList<>();

    void add(String sql) throws SQLException {
        if (sql == null) {
            throw Errors.of("The SQL text is null.", ErrorCode.SYNTAX_ERROR.sqlState());
        }
        statements.add(sql);
    }

    void clear() {
        statements.clear();
    }

    long[] run(PqlStatement owner, Statement store) throws SQLException {
        List<String> todo = List.copyOf(statements);
        statements.clear();
        List<String> plain = new ArrayList<>();
        for (String sql : todo) {
            try {
                if (owner.onStore(owner.parse(sql)) instanceof Ast.Sql s) {
                    plain.add(s.sql());
                }
            } catch (SQLException e) {
                throw failed(e, new long[0]);
            }
        }
        if (plain.size() == todo.size()) {
            for (String sql : plain) {
                store.addBatch(sql);
            }
            return store.executeLargeBatch();
        }
        long[] counts = new long[todo.size()];
        for (int i = 0; i < counts.length; i++) {
            try {
                counts[i] = owner.executeLargeUpdate(todo.get(i));
            } catch (SQLException e) {
                throw failed(e, Arrays.copyOf(counts, i));
            }
        }
        return counts;
    }

    static BatchUpdateException failed(SQLException e, long[] counts) {
        return new BatchUpdateException(e.getMessage(), Errors.withState(e).getSQLState(), e.getErrorCode(), counts, e);
    }

    static int[] toInts(long[] counts) {
        return Arrays.stream(counts).mapToInt(n -> (int) Math.min(Integer.MAX_VALUE, n)).toArray();
    }
}
