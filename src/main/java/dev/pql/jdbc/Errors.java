package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLDataException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;

/** The JDBC boundary: engine exceptions become SQLExceptions of the matching class and SQLSTATE. */
final class Errors {
    private Errors() {
    }

    static SQLException toSql(RuntimeException e) {
        if (e instanceof PqlException p) {
            String state = p.code().sqlState();
            return switch (state.substring(0, 2)) {
                case "42" -> new SQLSyntaxErrorException(p.getMessage(), state, p);
                case "22" -> new SQLDataException(p.getMessage(), state, p);
                case "0A" -> new SQLFeatureNotSupportedException(p.getMessage(), state, p);
                case "08" -> new SQLNonTransientConnectionException(p.getMessage(), state, p);
                case "57" -> new SQLTimeoutException(p.getMessage(), state, p);
                default -> new SQLException(p.getMessage(), state, p);
            };
        }
        return new SQLException("Internal error: " + e, ErrorCode.INTERNAL_ERROR.sqlState(), e);
    }
}
