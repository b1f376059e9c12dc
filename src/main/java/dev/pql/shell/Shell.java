package dev.pql.shell;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Locale;

/** Executes statements on a JDBC connection and prints results, update counts and errors. */
public final class Shell {

  private final Connection connection;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean timing;
  private final TableFormatter formatter;
  /** The statement now executing, so a Ctrl-C handler on another thread can cancel it. */
  private volatile Statement running;

  /**
   * Creates a shell writing results to {@code out} and errors/warnings to {@code err} (they may be
   * the same stream); {@code timing} adds a {@code Time: ...} line after each statement.
   */
  public Shell(Connection connection, PrintStream out, PrintStream err, boolean timing) {
    this.connection = connection;
    this.out = out;
    this.err = err;
    this.timing = timing;
    this.formatter = new TableFormatter(out);
  }

  /**
   * Runs every statement of {@code script}, prefixing errors with {@code source:line: }. Stops at
   * the first failure unless {@code continueOnError}; returns true when no statement failed.
   */
  public boolean runScript(String script, String source, boolean continueOnError) {
    boolean ok = true;
    for (StatementSplitter.Stmt stmt : StatementSplitter.split(script)) {
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
   * Executes one statement (without its trailing {@code ;}) and prints its outcome; an error is
   * printed as {@code <errorPrefix>ERROR: message (SQLSTATE s)}. Returns true on success.
   */
  public boolean execute(String sql, String errorPrefix) {
    long start = System.nanoTime();
    try (Statement stmt = connection.createStatement()) {
      running = stmt;
      try {
        if (stmt.execute(sql)) {
          try (ResultSet rs = stmt.getResultSet()) {
            formatter.print(rs);
            printWarnings(rs.getWarnings());
          }
        } else {
          int count = stmt.getUpdateCount();
          // DDL reports 0 or -1; only a positive count says something useful.
          out.println(count <= 0 ? "OK" : "OK, " + count + (count == 1 ? " row" : " rows")
              + " affected");
        }
        printWarnings(stmt.getWarnings());
      } finally {
        running = null;
      }
      if (timing) {
        out.printf(Locale.ROOT, "Time: %.3f s%n", (System.nanoTime() - start) / 1e9);
      }
      return true;
    } catch (SQLException e) {
      out.flush(); // keep a partially printed table before the error when both share a terminal
      err.println(errorPrefix + "ERROR: " + message(e)
          + (e.getSQLState() != null ? " (SQLSTATE " + e.getSQLState() + ")" : ""));
      return false;
    } catch (RuntimeException e) {
      // A driver bug must not kill an interactive session; report it like any other failure.
      out.flush();
      err.println(errorPrefix + "ERROR: " + e);
      return false;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Cancels the running statement, if any; safe to call from a signal-handling thread. */
  public void cancel() {
    Statement stmt = running;
    if (stmt != null) {
      try {
        stmt.cancel();
      } catch (SQLException | RuntimeException e) {
        err.println("WARNING: cancel failed: " + message(e));
      }
    }
  }

  private void printWarnings(SQLWarning warning) {
    for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
      out.flush();
      err.println("WARNING: " + message(w));
    }
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }
}
