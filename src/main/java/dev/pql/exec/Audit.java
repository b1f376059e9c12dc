package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The audit log of a served database: one line per remote statement in {@code audit/audit.0.log}
 * under the data folder, rotated at 10 MB, ten files kept (java.util.logging's FileHandler does the
 * rotation). A line holds time, user, role, statement kind, model, rows, outcome and SQLSTATE;
 * never the statement's text or its values, which may hold secrets.
 */
final class Audit implements AutoCloseable {
    private static final int LIMIT_BYTES = 10 * 1024 * 1024;
    private static final int FILES = 10;
    /** Characters that would break a line apart, compiled once: every remote statement writes a line. */
    private static final java.util.regex.Pattern LINE_BREAKING = java.util.regex.Pattern.compile("[\\r\\n\"]");
    private final Logger log;
    private final FileHandler file;

    Audit(Path folder) {
        try {
            Files.createDirectories(folder);
            file = new FileHandler(folder.resolve("audit.%g.log").toString(), LIMIT_BYTES, FILES, true);
        } catch (IOException e) {
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot open the audit log in " + folder + ": "
                    + e.getMessage() + ". The server needs to write there; check the data folder's permissions.", e);
        }
        file.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return r.getMessage() + System.lineSeparator();
            }
        });
        // An anonymous logger: not in the global tree, so no other handler sees (or writes) these lines.
        log = Logger.getAnonymousLogger();
        log.setUseParentHandlers(false);
        log.addHandler(file);
        log.setLevel(Level.INFO);
    }

    void record(String user, String role, String statement, String model, long rows, String outcome, String sqlState) {
        log.info(Instant.now() + " user=" + quote(user) + " role=" + role + " statement=" + quote(statement)
                + " model=" + (model == null ? "-" : quote(model)) + " rows=" + (rows < 0 ? "-" : rows)
                + " outcome=" + outcome + " sqlstate=" + (sqlState == null ? "-" : sqlState));
    }

    /** A value on one line, quoted when it has spaces, so lines split cleanly. */
    private static String quote(String v) {
        String clean = LINE_BREAKING.matcher(String.valueOf(v)).replaceAll(" ");
        return clean.contains(" ") ? "\"" + clean + "\"" : clean;
    }

    @Override
    public void close() {
        file.close();
    }
}
