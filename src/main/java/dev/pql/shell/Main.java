package dev.pql.shell;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

/** Command-line entry point of the {@code pql} shell: parses arguments, connects and runs input. */
public final class Main {

    static final String USAGE = """
          Usage: pql [DIR|JDBC-URL] [-f FILE]... [-e "STATEMENTS;"]... [--continue-on-error]
                 pql server --port P --data DIR [--user U --password P]   (see jdbc-driver/README.md)
            DIR                  data directory, opened as jdbc:pql:DIR (default: pqldata)
            JDBC-URL             any JDBC URL (an argument starting with jdbc:)
            -f, --file FILE      run the statements in FILE
            -e, --execute TEXT   run the statements in TEXT
            --continue-on-error  keep going after a failed statement (still exit 1 at the end)
            -h, --help           show this help
          Without -f/-e, statements are read from standard input, or typed at a pql> prompt
          when standard input is a terminal (\\? there lists the shell commands; docs/shell.md).
          Exit status: 0 ok, 1 a statement failed, 2 bad arguments or no connection.""";

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_SETUP = 2;

    /** A named piece of input: a file, an -e argument or standard input. */
    private record Source(String name, String text) {}

    private Main() {}

    public static void main(String[] args) {
        // Exit explicitly: engine libraries may leave non-daemon threads that would keep the JVM up.
        PrintStream out = stdout();
        int status = run(args, System.in, out, System.err, stdinIsTerminal());
        out.flush(); // block-buffered: System.exit would drop whatever is still in the buffer
        System.exit(status);
    }

    /**
      * A block-buffered stdout in the console's encoding: System.out flushes on every line, which is
      * slow for large results. The shell flushes after each statement, so nothing is held back.
      */
    private static PrintStream stdout() {
        var buffered = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        return new PrintStream(buffered, false, consoleCharset());
    }

    /** The encoding of standard output: the console's, else the platform default. */
    static Charset consoleCharset() {
        String enc = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return enc != null ? Charset.forName(enc) : Charset.defaultCharset();
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** Runs the shell with the given streams and returns the process exit status. */
    static int run(
            String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        if (args.length > 0 && args[0].equals("server")) { // pql server --port P --data DIR
            return dev.pql.server.ServerMain.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        String target = null;
        boolean continueOnError = false;
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return EXIT_OK;
                }
                case "--continue-on-error" -> continueOnError = true;
                case "-f", "--file", "-e", "--execute" -> {
                    if (i + 1 >= args.length) {
                        return usageError(err, "missing argument after " + a);
                    }
                    String value = args[++i];
                    if (a.equals("-e") || a.equals("--execute")) {
                        sources.add(new Source("<-e>", value));
                    } else {
                        try {
                            String text = Files.readString(Path.of(value), StandardCharsets.UTF_8);
                            sources.add(new Source(value, text));
                        } catch (IOException | RuntimeException e) {
                            err.println("ERROR: cannot read " + value + ": " + e.getClass().getSimpleName()
                                    + (e.getMessage() != null ? " " + e.getMessage() : ""));
                            return EXIT_SETUP;
                        }
                    }
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        return usageError(err, "unknown option " + a);
                    }
                    if (target != null) {
                        return usageError(err, "more than one DIR or JDBC URL: " + target + ", " + a);
                    }
                    target = a;
                }
            }
        }
        String url = toUrl(target == null ? "pqldata" : target);
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (Exception | LinkageError e) { // a broken driver may fail with more than SQLException
            err.println("ERROR: cannot connect to " + url + ": " + e.getMessage());
            return EXIT_SETUP;
        }
        try {
            return execute(connection, url, sources, continueOnError, in, out, err, terminal);
        } finally {
            try {
                connection.close();
            } catch (Exception e) {
                err.println("WARNING: closing the connection failed: " + e.getMessage());
            }
            out.flush();
            err.flush();
        }
    }

    private static int execute(Connection connection, String url, List<Source> sources,
            boolean continueOnError,
            InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        if (sources.isEmpty() && terminal) {
            try {
                Repl.run(connection, url, out, err);
                return EXIT_OK;
            } catch (IOException | RuntimeException e) {
                err.println("ERROR: cannot use the terminal (" + e + "); reading standard input instead");
            }
        }
        if (sources.isEmpty()) {
            // Not a terminal: never touch JLine here, it can hang on pipes.
            try {
                sources.add(new Source("<stdin>", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                err.println("ERROR: cannot read standard input: " + e.getMessage());
                return EXIT_SETUP;
            }
        }
        Shell shell = new Shell(connection, out, err, false);
        boolean ok = true;
        try {
            for (Source source : sources) {
                if (!shell.runScript(source.text(), source.name(), continueOnError)) {
                    ok = false;
                    if (!continueOnError) {
                        break;
                    }
                }
                if (shell.quitRequested()) {
                    break;
                }
            }
        } finally {
            shell.close(); // an open \o file
        }
        return ok ? EXIT_OK : EXIT_FAILED;
    }

    /** A bare directory becomes {@code jdbc:pql:DIR}; a {@code jdbc:} URL is kept as is. */
    static String toUrl(String target) {
        return target.startsWith("jdbc:") ? target : "jdbc:pql:" + target;
    }

    private static int usageError(PrintStream err, String problem) {
        err.println("pql: " + problem);
        err.println(USAGE);
        return EXIT_SETUP;
    }

    /**
      * Whether stdin (and stdout) is an interactive terminal. On Java 22+ {@code System.console()} is
      * non-null even for pipes, so ask {@code Console.isTerminal()} there when it exists.
      */
    private static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17-21: a non-null console already means both ends are terminals
        }
    }
}
