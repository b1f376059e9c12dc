package dev.pql.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
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

    private Repl() {}

    /** The history file: {@code $PQL_HISTORY}, else {@code ~/.pql_history}. */
    static Path historyFile() {
        String env = System.getenv("PQL_HISTORY");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".pql_history");
    }

    /** Reads and executes statements until {@code \q}, {@code quit}, {@code exit} or Ctrl-D. */
    static void run(Connection connection, String url, PrintStream out, PrintStream err)
            throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            Shell shell = new Shell(connection, out, err, true, Screen.of(terminal));
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("pql")
                    .parser(new StatementParser())
                    .completer(new SqlCompleter(shell.catalog(), shell.vocabulary()))
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                    // '!' (as in !=) would otherwise trigger history expansion and '\' would be swallowed.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.CASE_INSENSITIVE, true)
                    .option(LineReader.Option.INSERT_TAB, false)
                    .build();
            // Outside readLine, Ctrl-C cancels the running statement instead of killing the JVM.
            terminal.handle(Terminal.Signal.INT, signal -> {
                if (shell.isRunning()) {
                    shell.cancel();
                }
            });
            out.println("Connected to " + url + ". End statements with ';'. \\? help, \\q quits.");
            out.flush();
            try {
                loop(reader, shell, out);
            } finally {
                shell.close();
                try {
                    reader.getHistory().save();
                } catch (IOException e) {
                    err.println("WARNING: could not save history: " + e.getMessage());
                }
            }
        }
    }

    private static void loop(LineReader reader, Shell shell, PrintStream out) {
        boolean interrupted = false;
        while (!shell.quitRequested()) {
            String text;
            try {
                text = reader.readLine(PROMPT);
                interrupted = false;
            } catch (UserInterruptException e) {
                // Ctrl-C clears a half-typed statement; twice in a row at an empty prompt quits.
                if (!e.getPartialLine().isBlank()) {
                    interrupted = false;
                } else if (interrupted) {
                    return;
                } else {
                    interrupted = true;
                    out.println("(Ctrl-C again to quit, or \\q)");
                    out.flush();
                }
                continue;
            } catch (EndOfFileException e) {
                return; // Ctrl-D
            }
            for (StatementSplitter.Stmt stmt : StatementSplitter.split(text)) {
                shell.execute(stmt.sql(), "");
                if (shell.quitRequested()) {
                    return;
                }
            }
        }
    }
}
