package dev.pql.exec;

import java.sql.SQLException;

/** H2's own error for plain SQL run on the store, carried unchanged to the JDBC boundary (its SQLSTATE and all). */
public final class StoreSqlException extends RuntimeException {
    public StoreSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}
