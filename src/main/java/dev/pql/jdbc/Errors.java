package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;

/**
 * The JDBC boundary: engine exceptions become SQLExceptions of the matching class and SQLSTATE, and
 * no SQLException leaves the driver without a SQLSTATE (BI tools branch on it).
 */
final class Errors {
    // Shorthands for the states the driver itself raises; every one is an ErrorCode.
    static final String PARAMETER_NOT_SET = ErrorCode.PARAMETER_NOT_SET.sqlState();
    static final String INVALID_INDEX = ErrorCode.INVALID_INDEX.sqlState();
    static final String WRONG_STATEMENT_KIND = ErrorCode.WRONG_STATEMENT_KIND.sqlState();
    static final String CLOSED = ErrorCode.CLOSED.sqlState();
    static final String CANCELLED = ErrorCode.CANCELLED.sqlState();
    static final String GENERAL = ErrorCode.GENERAL_ERROR.sqlState();

    private Errors() {
    }

    static SQLException toSql(RuntimeException e) {
        if (e instanceof PqlException p) {
            return of(p.getMessage(), p.code().sqlState(), p);
        }
        if (e instanceof dev.pql.exec.StoreSqlException s) {
            return withState(s.sqlException());
        }
        return new SQLException("Internal error: " + e, ErrorCode.INTERNAL_ERROR.sqlState(), e);
    }

    /** An exception of the class that JDBC pairs with the SQLSTATE's class. */
    static SQLException of(String message, String state, Throwable cause) {
        return switch (state.substring(0, 2)) {
            case "42" -> new SQLSyntaxErrorException(message, state, cause);
            case "22" -> new SQLDataException(message, state, cause);
            case "0A" -> new SQLFeatureNotSupportedException(message, state, cause);
            case "08" -> new SQLNonTransientConnectionException(message, state, cause);
            case "28" -> new SQLInvalidAuthorizationSpecException(message, state, cause);
            // As H2 does: a cancelled statement (57014) is reported as a timeout, like HYT00.
            case "57" -> new SQLTimeoutException(message, state, cause);
            case "HY" -> state.equals(ErrorCode.TIMEOUT.sqlState()) ? new SQLTimeoutException(message, state, cause)
                    : new SQLException(message, state, cause);
            default -> new SQLException(message, state, cause);
        };
    }

    static SQLException of(String message, String state) {
        return of(message, state, null);
    }

    /** The same exception when it has a SQLSTATE; otherwise one that has (general error), wrapping it. */
    static SQLException withState(SQLException e) {
        return e.getSQLState() != null ? e : new SQLException(e.getMessage(), GENERAL, e.getErrorCode(), e);
    }

    static SQLFeatureNotSupportedException unsupported(String what) {
        return new SQLFeatureNotSupportedException(what + " is not supported by PQL.", ErrorCode.NOT_SUPPORTED.sqlState());
    }
}
