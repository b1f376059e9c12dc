package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PREDICT inside plain SQL: {@code SELECT ... FROM (PREDICT ...) p WHERE ...} is rewritten by the
 * parser to {@code PQL.PREDICT_QUERY('<the PREDICT text>')}, a table function of the store that
 * runs the PREDICT here. Predictions can then be filtered, joined and aggregated by the store.
 */
public final class EmbeddedPredict {
    private EmbeddedPredict() {
    }

    public static ResultSet predictQuery(Connection c, String pql) throws SQLException {
        // H2's function connections do not say which database they belong to: the SQL layer marks the
        // engine whose statement is running (Engine.inScope).
        Engine engine = Engine.current();
        if (engine == null) {
            throw new SQLException("PREDICT inside SQL needs a PQL connection (jdbc:pql:...).",
                    ErrorCode.NOT_SUPPORTED.sqlState());
        }
        Ast.Statement stmt = StatementParser.parse(pql);
        if (!(stmt instanceof Ast.Predict p)) {
            throw new SQLException("Only PREDICT can be used as a table inside SQL; got: " + pql,
                    ErrorCode.SYNTAX_ERROR.sqlState());
        }
        try {
            return new PredictCommand(engine).run(p, true).resultSet();
        } catch (PqlException e) {
            throw new SQLException(e.getMessage(), e.code().sqlState(), e);
        }
    }
}
