package dev.pql.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The interactive read-eval-print loop on a JLine terminal; used only when stdin is a terminal. */
final class Repl {

  static final String PROMPT = "pql> ";
  static final String CONTINUATION_PROMPT = "  -> ";
  static final Path HISTORY = Path.of(System.getProperty("user.home"), ".pql_history");

  private Repl() {}

  /** Reads and executes statements until {@code \q}, {@code quit}, {@code exit} or Ctrl-D. */
  static void run(Shell shell, PrintStream err) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("pql")
          .parser(new StatementParser())
          .variable(LineReader.HISTORY_FILE, HISTORY)
          .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
          // '!' (as in !=) would otherwise trigger history expansion and '\' would be swallowed.
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .build();
      // Outside readLine, Ctrl-C cancels the running statement instead of killing the JVM.
      terminal.handle(Terminal.Signal.INT, signal -> shell.cancel());
      try {
        loop(reader, shell, err);
      } finally {
        try {
          reader.getHistory().save();
        } catch (IOException e) {
          err.println("WARNING: could not save history: " + e.getMessage());
        }
      }
    }
  }

  private static void loop(LineReader reader, Shell shell, PrintStream err) {
    while (true) {
      String text;
      try {
        text = reader.readLine(PROMPT);
      } catch (UserInterruptException e) {
        continue; // Ctrl-C discards the current input, as in psql
      } catch (EndOfFileException e) {
        return; // Ctrl-D
      }
      String trimmed = text.strip();
      if (StatementParser.isQuit(trimmed)) {
        return;
      }
      if (trimmed.startsWith("\\")) {
        err.println("ERROR: unknown command " + trimmed.split("\\s+")[0] + " (\\q quits)");
        continue;
      }
      for (StatementSplitter.Stmt stmt : StatementSplitter.split(text)) {
        if (StatementParser.isQuit(stmt.sql())) {
          return;
        }
        shell.execute(stmt.sql(), "");
      }
    }
  }
}
