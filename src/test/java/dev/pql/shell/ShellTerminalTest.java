package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
  * Types a whole session into the real shell in a tmux pseudo-terminal and reads the screen:
  * completion, a multi-line CREATE MODEL with its progress, a PREDICT table, Ctrl-C during training
  * and at the prompt, and \q. Skipped where tmux is not installed; every wait is bounded.
  */
class ShellTerminalTest {

    private static final long WAIT_MS = 60_000;
    private static final Path EMAILS = Path.of("examples/data/emails.csv");

    @TempDir Path dir;
    private final String socket = "pql-test-" + ProcessHandle.current().pid() + "-"
            + System.nanoTime();

    @AfterEach
    void killTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void typedSession() throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed");
        assumeTrue(Files.exists(EMAILS), "needs " + EMAILS.toAbsolutePath());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = classPath();
        Path history = dir.resolve("history");
        // The trap keeps the session's shell alive through Ctrl-C (it would exit and close the pane),
        // and unlike ignoring INT it leaves the signal at its default for the JVM.
        String command = "trap : INT; PQL_HISTORY=" + quote(history.toString()) + " " + quote(java)
                + " -Xmx1g -cp " + quote(classPath) + " dev.pql.shell.Main " + quote(dir.resolve("db")
                .toString()) + "; echo EXITED $?; sleep 60";
        tmux("new-session", "-d", "-s", "pql", "-x", "120", "-y", "50", "-c",
                System.getProperty("user.dir"), command);
        waitFor("pql> ");

        type("CREATE TABLE emails AS SELECT * FROM CSVREAD('" + EMAILS + "');", true);
        waitFor("\nOK\n");

        // Completion of a table name, then of a config path inside WITH (...).
        type("SELECT COUNT(*) AS n FROM em", false);
        keys("Tab");
        waitFor("FROM emails");
        type(";", true);
        waitFor("| 600 |");

        type("CREATE MODEL spam PREDICT class", true);
        waitFor("  -> ");
        type("GIVEN subject FROM emails WITH (trainer.ep", false);
        keys("Tab");
        waitFor("WITH (trainer.epochs");
        type("= 2, trainer.batch_size = 128);", true);
        String trained = waitFor("Trained 2/2 epochs");
        assertTrue(Pattern.compile("epoch 1/2  loss \\d").matcher(trained).find(), trained);
        waitFor("| spam  |       1 |");

        type("PREDICT class WITH CONFIDENCE USING spam GIVEN SELECT subject FROM emails LIMIT 3;",
                true);
        String predicted = waitFor("(3 rows)");
        // GIVEN columns are labelled as the store labels them (H2: unquoted names in upper case)
        assertTrue(predicted.contains("| SUBJECT") && predicted.contains("| class_probability |"),
                predicted);

        // Ctrl-C while training: the statement fails cleanly and the shell stays.
        type("CREATE OR REPLACE MODEL spam PREDICT class GIVEN subject FROM emails"
                + " WITH (trainer.epochs = 1000, trainer.early_stop = 1000);", true);
        waitFor(Pattern.compile("epoch +1/1000"));
        keys("C-c");
        waitFor("ERROR: Training was cancelled; no model version was saved.");
        type("\\format csv", true);
        type("\\models", true);
        waitFor("\nspam,1,1,class,");

        keys("C-c"); // at the prompt: a hint; a second one would quit
        waitFor("(Ctrl-C again to quit, or \\q)");
        type("\\q", true);
        String end = waitFor("EXITED ");
        assertTrue(end.contains("EXITED 0"), end);
        assertTrue(Files.readString(history).contains("CREATE MODEL spam PREDICT class"),
                "the history file keeps the session");
    }

    /** Types {@code text} literally, then Enter if asked. */
    private void type(String text, boolean enter) throws Exception {
        // A trailing ';' would end the tmux command itself; escape it.
        String arg = text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text;
        tmux("send-keys", "-t", "pql", "-l", arg);
        if (enter) {
            keys("Enter");
        }
    }

    private void keys(String key) throws Exception {
        tmux("send-keys", "-t", "pql", key);
    }

    private String waitFor(String text) throws Exception {
        return waitFor(Pattern.compile(Pattern.quote(text)));
    }

    /** Polls the screen (with its scroll-back) until {@code pattern} shows; returns the screen. */
    private String waitFor(Pattern pattern) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        String screen = "";
        while (System.currentTimeMillis() < deadline) {
            screen = tmux("capture-pane", "-p", "-J", "-S", "-1000", "-t", "pql");
            if (pattern.matcher(screen).find()) {
                return screen;
            }
            if (screen.contains("EXITED ")) {
                break; // the shell is gone; waiting longer cannot help
            }
            Thread.sleep(200);
        }
        fail("waited " + WAIT_MS / 1000 + " s for " + pattern + "; the screen shows:\n" + screen);
        return screen;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // The tmux server runs the session command with $SHELL: make that a POSIX shell.
        pb.environment().put("SHELL", "/bin/sh");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " hangs");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static boolean tmuxAvailable() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
      * The test's class path for the child JVM: the system one plus the URLs of any class loader
      * above this class (the JUnit console launcher loads tests with its own).
      */
    private static String classPath() {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")).split(File.pathSeparator)));
        for (ClassLoader l = ShellTerminalTest.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a file: nothing a child JVM could use
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void quoteSurvivesTheShell() {
        assertEquals("'it'\\''s'", quote("it's"));
    }
}
