package dev.pql.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;

/**
 * One attached source as it is kept across reopening: a JDBC database, a folder of files, or a
 * source served by a module outside the engine's jar (Spark, see {@link SourceProvider}), whose
 * own settings are in {@code options}.
 * A password is kept either as written (in {@code sources.json}, readable by its owner only) or as
 * the name of an environment variable ({@code password = ENV('CRM_PASSWORD')}), read when used.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Attachment(String name, Kind kind, String location, String user, String password,
        String passwordEnv, String schema, String driver, Integer timeoutSeconds, String product,
        String attachedAt, java.util.Map<String, String> options) {

    public Attachment {
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
    }

    /** The fields every kind has; no kind-specific options. */
    public Attachment(String name, Kind kind, String location, String user, String password, String passwordEnv,
            String schema, String driver, Integer timeoutSeconds, String product, String attachedAt) {
        this(name, kind, location, user, password, passwordEnv, schema, driver, timeoutSeconds, product, attachedAt,
                null);
    }

    /** What kind of source: how its tables are read. */
    public enum Kind {
        DATABASE, FILES, SPARK;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether a module outside the engine's jar serves this kind (see {@link SourceProvider}). */
        public boolean provided() {
            return this != DATABASE && this != FILES;
        }
    }

    /** Seconds to wait for a source to answer a connection before giving up. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    public int timeout() {
        return timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
    }

    /** The password to connect with: as given, or read from the environment now. */
    public String secret() {
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new dev.pql.error.PqlException(dev.pql.error.ErrorCode.INVALID_AUTHORIZATION, "Source '" + name
                        + "' reads its password from the environment variable " + passwordEnv
                        + ", which is not set in this process. Set it and try again, or ATTACH again with a password.");
            }
            return value;
        }
        return password;
    }
}
