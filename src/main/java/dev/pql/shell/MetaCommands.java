package dev.pql.shell;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import org.h2.tools.SimpleResultSet;

/**
  * The backslash commands: {@code \? \h \d \models \format \timing \pager \o \i \chart \q}. Each is one
  * line; results they list go through the same formats and output file as query results.
  */
final class MetaCommands {

    /** How deep {@code \i} may nest before a script that includes itself is stopped. */
    static final int MAX_INCLUDE_DEPTH = 16;

    private final Shell shell;
    private int includeDepth;

    MetaCommands(Shell shell) {
        this.shell = shell;
    }

    /** Runs the command line {@code line}; returns false (after printing why) when it failed. */
    boolean run(String line, String errorPrefix) {
        String text = line.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip(); // psql users type "\d;" too
        }
        int space = text.indexOf(' ');
        String name = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        String arg = space < 0 ? "" : text.substring(space + 1).strip();
        try {
            switch (name) {
                case "\\?", "\\help" -> shell.out().println(Help.commands());
                case "\\h" -> help(arg);
                case "\\d" -> describe(arg);
                case "\\models" -> models();
                case "\\format" -> format(arg);
                case "\\timing" -> shell.timing(toggle(arg, shell.timing(), "timing"));
                case "\\pager" -> shell.pager(toggle(arg, shell.pager(), "pager"));
                case "\\o" -> output(arg);
                case "\\i", "\\include" -> {
                    return include(arg);
                }
                case "\\chart" -> shell.out().print(new ChartCommand(shell.connection(),
                        Main.consoleCharset().name().startsWith("UTF")).chart(shell.lastResult()));
                case "\\q", "\\quit" -> shell.requestQuit();
                default -> throw new IllegalArgumentException("unknown command " + name
                        + "; \\? lists the commands");
            }
            return true;
        } catch (IOException e) {
            shell.err().println(errorPrefix + shell.ansi().red("ERROR:") + " cannot open "
                    + e.getMessage().replace(" (No such file or directory)", ": no such file"));
            return false;
        } catch (IllegalArgumentException | SQLException e) {
            shell.err().println(errorPrefix + shell.ansi().red("ERROR:") + " " + e.getMessage());
            return false;
        } finally {
            shell.out().flush();
            shell.err().flush();
        }
    }

    private void help(String arg) {
        List<String> topics = Help.topics(shell.vocabulary());
        if (arg.isEmpty()) {
            shell.out().println("Statements (\\h NAME for the syntax):\n  " + String.join("\n  ", topics));
            return;
        }
        String text = Help.statement(shell.vocabulary(), arg);
        if (text == null) {
            throw new IllegalArgumentException("no help on " + arg + "; one of: " + String.join(", ", topics));
        }
        shell.out().println(text);
    }

    private void describe(String name) throws SQLException {
        Catalog catalog = shell.catalog();
        if (name.isEmpty()) {
            listAll(catalog);
            return;
        }
        String table = Catalog.find(catalog.tables(), name);
        String model = Catalog.find(catalog.models(), name);
        if (table == null && model == null) {
            throw new IllegalArgumentException("no table, view or model named " + name);
        }
        if (table != null) {
            columns(table);
        }
        if (model != null) {
            try (Statement stmt = shell.connection().createStatement();
                    ResultSet rs = stmt.executeQuery("DESCRIBE MODEL " + quote(model))) {
                shell.printResult(rs);
            }
        }
    }

    /** {@code \d}: one row per table, view and model. */
    private void listAll(Catalog catalog) throws SQLException {
        SimpleResultSet rs = new SimpleResultSet();
        rs.addColumn("name", Types.VARCHAR, 0, 0);
        rs.addColumn("kind", Types.VARCHAR, 0, 0);
        rs.addColumn("description", Types.VARCHAR, 0, 0);
        for (String t : catalog.tables()) {
            rs.addRow(t, "table", String.join(", ", catalog.columns(t)));
        }
        for (String m : catalog.models()) {
            Catalog.Model model = catalog.model(m);
            rs.addRow(m, "model", "predicts " + model.target()
                    + (model.targetType() == null ? "" : " (" + model.targetType() + ")")
                    + " given " + String.join(", ", model.inputs()));
        }
        shell.printResult(rs);
    }

    private void columns(String table) throws SQLException {
        SimpleResultSet rs = new SimpleResultSet();
        rs.addColumn("column", Types.VARCHAR, 0, 0);
        rs.addColumn("type", Types.VARCHAR, 0, 0);
        rs.addColumn("nullable", Types.VARCHAR, 0, 0);
        DatabaseMetaData md = shell.connection().getMetaData();
        try (ResultSet cols = md.getColumns(null, null, table, "%")) {
            while (cols.next()) {
                String schema = cols.getString("TABLE_SCHEM");
                if ("INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
                    continue;
                }
                int size = cols.getInt("COLUMN_SIZE");
                String type = cols.getString("TYPE_NAME");
                // H2's default VARCHAR length (10^9) means "no limit": not worth showing.
                boolean sized = type.toUpperCase(Locale.ROOT).contains("CHAR") && size > 0
                        && size < 1_000_000;
                rs.addRow(cols.getString("COLUMN_NAME"), sized ? type + "(" + size + ")" : type,
                        cols.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "");
            }
        }
        shell.out().println(shell.ansi().bold("Table " + table));
        shell.printResult(rs);
    }

    private void models() throws SQLException {
        try (Statement stmt = shell.connection().createStatement();
                ResultSet rs = stmt.executeQuery("SHOW MODELS")) {
            shell.printResult(rs);
        }
    }

    private void format(String arg) {
        if (arg.isEmpty()) {
            shell.out().println("Output format is " + shell.format().label() + ".");
            return;
        }
        ResultWriter.Format f = ResultWriter.Format.parse(arg);
        if (f == null) {
            throw new IllegalArgumentException("unknown format " + arg
                    + "; use table, csv, json or markdown");
        }
        shell.format(f);
        shell.out().println("Output format is " + f.label() + ".");
    }

    private boolean toggle(String arg, boolean current, String what) {
        boolean on = switch (arg.toLowerCase(Locale.ROOT)) {
            case "" -> !current;
            case "on", "true", "1" -> true;
            case "off", "false", "0" -> false;
            default -> throw new IllegalArgumentException("\\" + what + " takes on or off, not " + arg);
        };
        shell.out().println(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " is "
                + (on ? "on." : "off."));
        return on;
    }

    private void output(String arg) throws IOException {
        if (arg.isEmpty()) {
            if (shell.outputFile() != null) {
                shell.out().println("Results go to the screen again (" + shell.outputFile()
                        + " closed).");
            }
            shell.close();
            return;
        }
        Path path = Path.of(unquoteArg(arg));
        PrintStream stream = new PrintStream(new FileOutputStream(path.toFile()), false,
                StandardCharsets.UTF_8);
        shell.output(stream, path.toString());
        shell.out().println("Results go to " + path + ".");
    }

    /** Runs a script file; false when one of its statements failed (already reported). */
    private boolean include(String arg) throws IOException {
        if (arg.isEmpty()) {
            throw new IllegalArgumentException("\\i needs a file name");
        }
        if (includeDepth >= MAX_INCLUDE_DEPTH) {
            throw new IllegalArgumentException("\\i nested more than " + MAX_INCLUDE_DEPTH
                    + " deep; does a script include itself?");
        }
        Path path = Path.of(unquoteArg(arg));
        String script = Files.readString(path, StandardCharsets.UTF_8);
        includeDepth++;
        try {
            // An included script stops at its first error, as a script run with -f does.
            return shell.runScript(script, path.toString(), false);
        } finally {
            includeDepth--;
        }
    }

    private static String unquoteArg(String arg) {
        String a = arg.strip();
        boolean quoted = a.length() >= 2 && (a.startsWith("'") && a.endsWith("'")
                || a.startsWith("\"") && a.endsWith("\""));
        return quoted ? a.substring(1, a.length() - 1) : a;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
