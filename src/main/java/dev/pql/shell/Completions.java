package dev.pql.shell;

import dev.pql.shell.SqlLexer.Kind;
import dev.pql.shell.SqlLexer.Lexed;
import dev.pql.shell.SqlLexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
  * Completion candidates for the statement being typed: keywords, tables and columns (after FROM,
  * GIVEN, SELECT), models (after USING, MODEL), feature names, encoders, config paths inside
  * {@code WITH (...)}, shell commands and file names. Pure logic over a {@link Catalog} and the
  * engine's {@link Vocabulary}.
  */
final class Completions {

    /** One candidate: the text to insert, a group to list it under, and whether a blank follows. */
    record Candidate(String value, String group, boolean complete) {}

    /** Where the completed word starts and what may replace it. */
    record Result(int wordStart, List<Candidate> candidates) {}

    /** The shell commands with a one-line description each. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"\\?", "help on shell commands"},
            new String[] {"\\h", "syntax of a statement"},
            new String[] {"\\d", "tables and models, or one of them"},
            new String[] {"\\models", "the models"},
            new String[] {"\\format", "table, csv, json or markdown"},
            new String[] {"\\timing", "show elapsed time on or off"},
            new String[] {"\\pager", "page long results on or off"},
            new String[] {"\\o", "write results to a file"},
            new String[] {"\\i", "run the statements of a file"},
            new String[] {"\\q", "quit"});

    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final Set<Candidate> out = new LinkedHashSet<>();
    private String word = "";

    private Completions(Catalog catalog, Vocabulary vocabulary) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
    }

    /** The candidates for the word that ends at {@code cursor} in {@code buffer}. */
    static Result complete(String buffer, int cursor, Catalog catalog, Vocabulary vocabulary) {
        Lexed lexed = SqlLexer.lex(buffer, cursor);
        Completions c = new Completions(catalog, vocabulary);
        c.word = buffer.substring(lexed.wordStart(), cursor);
        if (lexed.inComment()) {
            return new Result(cursor, List.of());
        }
        if (lexed.inString()) {
            List<Token> before = lexed.before();
            boolean csv = before.size() >= 2 && before.get(before.size() - 1).is("(")
                    && before.get(before.size() - 2).upper().endsWith("CSVREAD");
            if (csv) {
                c.files();
            }
        } else if (lexed.isMeta()) {
            c.meta(lexed.before());
        } else {
            new StatementRules(c, lexed).run();
        }
        return new Result(lexed.wordStart(), List.copyOf(c.out));
    }

    /** The offset where the word ending at {@code cursor} starts (what JLine replaces). */
    static int wordStart(String buffer, int cursor) {
        return SqlLexer.lex(buffer, cursor).wordStart();
    }

    String word() {
        return word;
    }

    Catalog catalog() {
        return catalog;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    private void meta(List<Token> before) {
        if (before.isEmpty()) {
            for (String[] cmd : COMMANDS) {
                out.add(new Candidate(cmd[0], "command", true));
            }
            return;
        }
        switch (before.get(0).text().toLowerCase(Locale.ROOT)) {
            case "\\d" -> {
                tables();
                models();
            }
            case "\\format" -> plain("format", "table", "csv", "json", "markdown");
            case "\\timing", "\\pager" -> plain("setting", "on", "off");
            case "\\h", "\\help" -> plain("statement", Help.topics(vocabulary).toArray(String[]::new));
            case "\\i", "\\o", "\\include" -> files();
            default -> { }
        }
    }

    /** Keywords in the case the user is typing in (lower case once the word is lower case). */
    void keywords(String... keywords) {
        keywords(List.of(keywords));
    }

    void keywords(List<String> keywords) {
        boolean lower = word.chars().anyMatch(Character::isLetter)
                && word.equals(word.toLowerCase(Locale.ROOT));
        for (String k : keywords) {
            out.add(new Candidate(lower ? k.toLowerCase(Locale.ROOT) : k, "keyword", true));
        }
    }

    void plain(String group, String... values) {
        for (String v : values) {
            out.add(new Candidate(v, group, true));
        }
    }

    void plain(String group, List<String> values) {
        plain(group, values.toArray(String[]::new));
    }

    void tables() {
        names("table", catalog.tables(), "");
    }

    void models() {
        names("model", catalog.models(), "");
    }

    void columns(List<String> tables, String qualifier) {
        for (String t : tables) {
            names("column", catalog.columns(t), qualifier);
        }
    }

    /**
      * Adds database names: upper-case ones (how H2 stores unquoted names) in the case being typed,
      * lower case by default; names that are not plain identifiers in double quotes.
      */
    void names(String group, List<String> names, String qualifier) {
        boolean upper = word.chars().anyMatch(Character::isLetter)
                && word.substring(qualifier.length()).equals(word.toUpperCase(Locale.ROOT));
        for (String n : names) {
            String shown;
            if (n.matches("[A-Z_][A-Z0-9_$]*")) {
                shown = upper ? n : n.toLowerCase(Locale.ROOT);
            } else if (n.matches("[a-z_][a-z0-9_$]*")) {
                shown = n;
            } else {
                shown = '"' + n.replace("\"", "\"\"") + '"';
            }
            out.add(new Candidate(qualifier + shown, group, true));
        }
    }

    /** File and directory names for the path typed so far; directories end in '/' and go on. */
    void files() {
        String typed = word.startsWith("~/") ? System.getProperty("user.home") + word.substring(1)
                : word;
        int slash = typed.lastIndexOf('/');
        String dir = slash < 0 ? "." : slash == 0 ? "/" : typed.substring(0, slash);
        String shownDir = slash < 0 ? "" : word.substring(0, word.lastIndexOf('/') + 1);
        java.io.File[] entries = new java.io.File(dir).listFiles();
        if (entries == null) {
            return;
        }
        String prefix = typed.substring(slash + 1);
        java.util.Arrays.sort(entries);
        for (java.io.File f : entries) {
            if (!f.getName().startsWith(prefix)) {
                continue; // JLine would filter too, but this keeps huge directories cheap
            }
            boolean directory = f.isDirectory();
            out.add(new Candidate(shownDir + f.getName() + (directory ? "/" : ""), "file", !directory));
        }
    }

    /** Whether {@code t} is a name (not a keyword that ends a list, not punctuation). */
    static boolean isName(Token t) {
        return t.kind() == Kind.WORD && !Set.of("FROM", "GIVEN", "WITH", "USING", "PREDICT",
                "ENCODER", "WHERE", "SELECT", "VERSION").contains(t.upper());
    }

    /** Distinct values in order. */
    static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }
}
