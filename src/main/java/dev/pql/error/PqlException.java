package dev.pql.error;

/**
 * The one exception type of the engine. It carries an {@link ErrorCode} (hence a SQLSTATE), a
 * message that says what went wrong, where, and what to do, and, when the error is at a place in
 * the statement, that place ({@link #position()}), which front ends render (the shell's caret)
 * without reading it back out of the message. The JDBC layer turns it into a
 * {@link java.sql.SQLException} at the boundary, keeping it as the cause.
 */
public final class PqlException extends RuntimeException {
    private final ErrorCode code;
    private final Position position;

    /** A place in the statement's text: line and column from 1, as the message says them. */
    public record Position(int line, int column) {
    }

    public PqlException(ErrorCode code, String message) {
        this(code, message, (Position) null);
    }

    public PqlException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.position = null;
    }

    /** An error at {@code position} of the statement (null: at no one place). */
    public PqlException(ErrorCode code, String message, Position position) {
        super(message);
        this.code = code;
        this.position = position;
    }

    public PqlException(ErrorCode code, String message, Position position, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.position = position;
    }

    public ErrorCode code() {
        return code;
    }

    /** Where in the statement the error is, or null when it is at no one place. */
    public Position position() {
        return position;
    }

    /** The PQL error behind {@code t} (itself or a cause), or null: how a front end finds the position. */
    public static PqlException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PqlException p) {
                return p;
            }
        }
        return null;
    }
}
