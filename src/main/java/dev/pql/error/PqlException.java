package dev.pql.error;

/**
 * The one exception type of the engine. It carries an {@link ErrorCode} (hence a SQLSTATE) and a
 * message that says what went wrong, where, and what to do; the JDBC layer turns it into a
 * {@link java.sql.SQLException} at the boundary.
 */
public final class PqlException extends RuntimeException {
    private final ErrorCode code;

    public PqlException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public PqlException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
