package dev.pql.shell;

import dev.pql.error.ErrorCode;
import dev.pql.jdbc.PqlStatement;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
  * Executes statements and shell commands on a JDBC connection and prints results, update counts
  * and errors. With a {@link Screen} (a person at a terminal) it also draws progress, pages long
  * results and uses colour; without one it writes plain text only.
  */
public final class Shell {

    private final Connection connection;
    private final PrintStream out;
    private final PrintStream err;
    private final Screen screen;
    private final Ansi ansi;
    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final MetaCommands meta;
    private boolean timing;
    private ResultWriter.Format format = ResultWriter.Format.TABLE;
    private boolean pager = true;
    private PrintStream file;
    private String fileName;
    private boolean quit;
    private String lastResult;
    /** The statement now executing, so a Ctrl-C handler on another thread can cancel it. */
    private volatile Statement running;
    private volatile ProgressDisplay progress;
    private volatile boolean cancelRequested;

    /**
      * Creates a shell writing results to {@code out} and errors/warnings to {@code err} (they may be
      * the same stream); {@code timing} adds a {@code Time: ...} line after each statement.
      */
    public Shell(Connection connection, PrintStream out, PrintStream err, boolean timing) {
        this(connection, out, err, timing, null);
    }

    /** A shell for a person at {@code screen} (null: plain output for files and pipes). */
    Shell(Connection connection, PrintStream out, PrintStream err, boolean timing, Screen screen) {
        this.connection = connection;
        this.out = out;
        this.err = err;
        this.timing = timing;
        this.screen = screen;
        this.ansi = new Ansi(screen != null && screen.color());
        this.catalog = new Catalog(connection);
        this.vocabulary = new Vocabulary(connection);
        this.meta = new MetaCommands(this);
    }

    /**
      * Runs every statement of {@code script}, prefixing errors with {@code source:line: }. Stops at
      * the first failure unless {@code continueOnError}, and at {@code \q}; returns true when no
      * statement failed.
      */
    public boolean runScript(String script, String source, boolean continueOnError) {
        boolean ok = true;
        for (StatementSplitter.Stmt stmt : StatementSplitter.split(script)) {
            if (quit) {
                break;
            }
            if (!execute(stmt.sql(), source + ":" + stmt.line() + ": ")) {
                ok = false;
                if (!continueOnError) {
                    break;
                }
            }
        }
        return ok;
    }

    /**
      * Executes one statement (without its trailing {@code ;}) or shell command and prints its
      * outcome; an error is printed as {@code <errorPrefix>ERROR: message (SQLSTATE s)} with the
      * statement and a caret when the position is known. Returns true on success.
      */
    /** The last statement that answered rows: what {@code \chart} draws. */
    String lastResult() {
        return lastResult;
    }

    public boolean execute(String sql, String errorPrefix) {
        if (sql.startsWith("\\")) {
            return meta.run(sql, errorPrefix);
        }
        if (StatementParser.isQuit(sql)) {
            quit = true;
            return true;
        }
        long start = System.nanoTime();
        cancelRequested = false;
        ProgressDisplay display = screen == null ? null
                : new ProgressDisplay(out, screen, ansi, Main.consoleCharset().name().startsWith("UTF"));
        try (Statement stmt = connection.createStatement()) {
            if (display != null && stmt.isWrapperFor(PqlStatement.class)) {
                stmt.unwrap(PqlStatement.class).setProgressListener(display::training);
            }
            progress = display;
            running = stmt;
            if (display != null) {
                display.start();
            }
            boolean hasRows = stmt.execute(sql);
            if (display != null) {
                String summary = display.finish();
                if (summary != null) {
                    out.println(ansi.green(summary));
                }
            }
            if (hasRows) {
                lastResult = sql;
                try (ResultSet rs = stmt.getResultSet()) {
                    printResult(rs, display);
                    printWarnings(rs.getWarnings());
                }
            } else {
                int count = stmt.getUpdateCount();
                // DDL reports 0 or -1; only a positive count says something useful.
                out.println(count <= 0 ? "OK" : "OK, " + count + (count == 1 ? " row" : " rows")
                        + " affected");
            }
            printWarnings(stmt.getWarnings());
            if (timing) {
                out.printf(Locale.ROOT, "Time: %.3f s%n", (System.nanoTime() - start) / 1e9);
            }
            return true;
        } catch (Pager.Quit e) {
            return true; // the user has seen enough of the result
        } catch (SQLException | RuntimeException e) {
            // A driver bug must not kill an interactive session; report it like any other failure.
            if (display != null) {
                display.close();
            }
            out.flush(); // keep a partially printed table before the error when both share a terminal
            err.println(ErrorReport.format(sql, e, errorPrefix, ansi));
            return false;
        } finally {
            running = null;
            progress = null;
            if (display != null) {
                display.close();
            }
            catalog.invalidate(); // the statement may have created or dropped tables and models
            out.flush();
            err.flush();
        }
    }

    /**
      * Prints a result set in the current format to the current output ({@code \o}), paging on
      * the terminal, and returns the row count. {@code display} (may be null) shows rows read.
      */
    long printResult(ResultSet rs, ProgressDisplay display) throws SQLException {
        PrintStream target;
        if (file != null) {
            target = file;
        } else if (screen != null) {
            Runnable starting = display == null ? () -> { } : display::outputStarting;
            target = new PrintStream(new Pager(out, screen, ansi, pager, starting), false,
                    Main.consoleCharset());
        } else {
            target = out;
        }
        int width = file == null && screen != null ? screen.width() : 0;
        ResultWriter writer = ResultWriter.of(format, target, width, file == null ? ansi : Ansi.OFF);
        LongConsumer onRow = n -> {
            if (cancelRequested) {
                throw new Cancelled();
            }
            if (display != null) {
                display.rows(n);
            }
        };
        long count;
        try {
            count = writer.write(rs, onRow);
        } catch (Cancelled c) {
            target.flush();
            throw new SQLException("Cancelled by the user; the rest of the result was skipped.",
                    ErrorCode.CANCELLED.sqlState());
        } finally {
            target.flush();
            if (display != null) {
                display.outputStarting();
            }
        }
        if (!writer.printsFooter() && (screen != null || file != null)) {
            out.println(count == 1 ? "(1 row)" : "(" + count + " rows)");
        }
        return count;
    }

    /** Prints a result set produced by a shell command (no progress display). */
    long printResult(ResultSet rs) throws SQLException {
        return printResult(rs, null);
    }

    /** Cancels the running statement, if any; safe to call from a signal-handling thread. */
    public void cancel() {
        cancelRequested = true;
        ProgressDisplay display = progress;
        if (display != null) {
            display.cancelling();
        }
        Statement stmt = running;
        if (stmt != null) {
            try {
                stmt.cancel();
            } catch (SQLException | RuntimeException e) {
                err.println("WARNING: cancel failed: " + e.getMessage());
            }
        }
    }

    /** Whether a statement (not the prompt) is executing now. */
    boolean isRunning() {
        return running != null;
    }

    /** Whether {@code \q} (or quit/exit) was executed. */
    boolean quitRequested() {
        return quit;
    }

    void requestQuit() {
        quit = true;
    }

    Connection connection() {
        return connection;
    }

    /** The words of the engine behind the connection, read when completion or {@code \h} first asks. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    Catalog catalog() {
        return catalog;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Ansi ansi() {
        return ansi;
    }

    ResultWriter.Format format() {
        return format;
    }

    void format(ResultWriter.Format format) {
        this.format = format;
    }

    boolean timing() {
        return timing;
    }

    void timing(boolean on) {
        timing = on;
    }

    boolean pager() {
        return pager;
    }

    void pager(boolean on) {
        pager = on;
    }

    String outputFile() {
        return fileName;
    }

    /** Sends results to {@code stream} named {@code name}; null goes back to the console. */
    void output(PrintStream stream, String name) {
        if (file != null) {
            file.close();
        }
        file = stream;
        fileName = name;
    }

    /** Closes an open {@code \o} file. */
    void close() {
        output(null, null);
    }

    private void printWarnings(SQLWarning warning) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            out.flush();
            String m = w.getMessage() == null ? w.getClass().getSimpleName() : w.getMessage().strip();
            err.println(ansi.yellow("WARNING:") + " " + m);
        }
    }

    /** Thrown from the row callback when Ctrl-C interrupts a long result. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
