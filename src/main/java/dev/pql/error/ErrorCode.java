package dev.pql.error;

/**
 * Every error PQL reports, with the SQLSTATE that JDBC clients see. The class of a code (its first
 * two characters) follows SQL: 42 syntax or access rule, 22 data, 08 connection, 0A not supported.
 */
public enum ErrorCode {
    /** Not an error: the SQLSTATE of every PQL warning (class 01, no subclass). */
    WARNING("01000"),
    SYNTAX_ERROR("42000"),
    TABLE_NOT_FOUND("42S02"),
    COLUMN_NOT_FOUND("42S22"),
    MODEL_NOT_FOUND("42P01"),
    MODEL_ALREADY_EXISTS("42P07"),
    VERSION_NOT_FOUND("42P02"),
    INVALID_CONFIG("42P10"),
    INVALID_DATA("22000"),
    /** A value that cannot be read as its feature's type (SQL's "invalid character value for cast"). */
    INVALID_VALUE_FOR_TYPE("22018"),
    NOT_SUPPORTED("0A000"),
    TRAINING_FAILED("XX001"),
    STORE_ERROR("58030"),
    CONNECTION_ERROR("08001"),
    /** A source refused the user name or password given at ATTACH. */
    INVALID_AUTHORIZATION("28000"),
    /** A source, schema or other named object does not exist (DETACH of an unknown name). */
    OBJECT_NOT_FOUND("42704"),
    /** A source name is taken (another source, a store schema, or pql). */
    DUPLICATE_OBJECT("42710"),
    /** Not allowed for this session (over the network, or for the user's role). */
    INSUFFICIENT_PRIVILEGE("42501"),
    /** A request over a server limit (its size). */
    LIMIT_EXCEEDED("54000"),
    /** An Avatica connection id that is already open. */
    CONNECTION_EXISTS("08002"),
    CANCELLED("57014"),
    INTERNAL_ERROR("XX000"),
    // The JDBC front end's own states: how a call misuses the driver, not what the engine found.
    /** Wrong number of parameters, or a parameter not set. */
    PARAMETER_NOT_SET("07001"),
    /** A parameter or column index out of range. */
    INVALID_INDEX("07009"),
    /** The call does not fit the statement (executeQuery on a statement without rows, ...). */
    WRONG_STATEMENT_KIND("07000"),
    /** A connection, statement or result set used after close. */
    CLOSED("08003"),
    /** An argument of a JDBC call out of its range (a negative timeout or fetch size). */
    INVALID_PARAMETER_VALUE("22023"),
    /** A result set read before its first row or after its last. */
    INVALID_CURSOR_STATE("24000"),
    /** A connection attribute PQL cannot take (an isolation level, a holdability). */
    INVALID_ATTRIBUTE_VALUE("HY024"),
    /** A statement timed out (setQueryTimeout). */
    TIMEOUT("HYT00"),
    /** An error that carries no SQLSTATE of its own (a driver's or a library's). */
    GENERAL_ERROR("HY000");

    private final String sqlState;

    ErrorCode(String sqlState) {
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
