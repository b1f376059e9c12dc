package dev.pql.parse;

import dev.pql.parse.gen.PqlLexer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * What a plain SQL statement would do to the server if it came over the network, read from its
 * tokens before anything runs: read rows, change the store's tables, or reach past the database
 * (H2's Java aliases and triggers, its file functions, scripts, backups, linked tables, settings).
 * Deny by default: a statement kind not listed as reading or writing is {@link Kind#SERVER}.
 */
public final class SqlGuard {
    /** What a statement does, in the order of the rights it needs. */
    public enum Kind {
        /** Reads rows or metadata; transaction control. */
        READ,
        /** Creates, changes or drops tables, views, indexes, sequences or rows of the store. */
        WRITE,
        /** Reaches the server's code, files or settings: never allowed over the network. */
        SERVER
    }

    /** A statement's kind, and for SERVER what in it reaches past the database. */
    public record Verdict(Kind kind, String reason) {
    }

    /** H2 functions that read or write the server's files, name its paths, or end other users' sessions. */
    private static final Set<String> SERVER_FUNCTIONS = Set.of("CSVREAD", "CSVWRITE", "FILE_READ", "FILE_WRITE",
            "LINK_SCHEMA", "DATABASE_PATH", "ABORT_SESSION", "CANCEL_SESSION");
    /**
     * Words that reach Java code wherever they stand: a table ENGINE is a class, a JAVA_OBJECT value
     * is deserialized. (Statements that create aliases, triggers or linked tables are refused by kind.)
     */
    private static final Set<String> SERVER_WORDS = Set.of("ENGINE", "JAVA_OBJECT");
    private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN", "(", "SHOW",
            "CALL", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "START", "BEGIN", "HELP");
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE", "COMMENT");
    /** Objects an analyst may CREATE, DROP or ALTER in the store. */
    private static final Set<String> STORE_OBJECTS = Set.of("TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA");
    /** Words that may stand between CREATE and the object's kind. */
    private static final Set<String> CREATE_MODIFIERS = Set.of("OR", "REPLACE", "FORCE", "LOCAL", "GLOBAL",
            "TEMPORARY", "TEMP", "MEMORY", "CACHED", "UNIQUE", "HASH", "SPATIAL", "PRIMARY", "KEY", "MATERIALIZED");

    private SqlGuard() {
    }

    /**
     * The verdict on a statement text. Several statements in one text (H2 runs them all) are
     * judged one by one, and the text gets the verdict of the one that needs the most.
     */
    public static Verdict judge(String sql) {
        List<Token> tokens = SqlShape.visibleTokens(sql);
        Verdict reach = serverReach(tokens);
        if (reach != null) {
            return reach;
        }
        Verdict worst = new Verdict(Kind.READ, null);
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).getType() == PqlLexer.SEMI) {
                if (i > start) {
                    Verdict v = kind(tokens.subList(start, i));
                    if (v.kind().ordinal() > worst.kind().ordinal()) {
                        worst = v;
                    }
                }
                start = i + 1;
            }
        }
        return worst;
    }

    /**
     * What in a text reaches past the database wherever it stands (the queries inside a PQL
     * statement too), or null: a file function, a word that runs Java code, a Unicode-escaped
     * identifier (which could spell any of them).
     */
    public static Verdict serverReach(String text) {
        return serverReach(SqlShape.visibleTokens(text));
    }

    private static Verdict serverReach(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == PqlLexer.STRING) {
                continue;
            }
            boolean quoted = t.getType() == PqlLexer.QUOTED_IDENT;
            String w = (quoted ? t.getText().substring(1, t.getText().length() - 1) : t.getText()).toUpperCase(Locale.ROOT);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).getType() == PqlLexer.LPAREN;
            if (call && SERVER_FUNCTIONS.contains(w)) {
                return new Verdict(Kind.SERVER, w + "() reaches the server's files or sessions");
            }
            if (!quoted && SERVER_WORDS.contains(w)) {
                return new Verdict(Kind.SERVER, w + " runs Java code on the server");
            }
            if (!quoted && w.equals("U") && i + 2 < tokens.size() && tokens.get(i + 1).getText().equals("&")
                    && tokens.get(i + 2).getType() == PqlLexer.QUOTED_IDENT) {
                return new Verdict(Kind.SERVER, "a Unicode-escaped identifier (U&\"...\") could name any function; "
                        + "write the name plainly");
            }
        }
        return null;
    }

    /** One statement's kind, from its first words. */
    private static Verdict kind(List<Token> tokens) {
        String first = word(tokens, 0);
        if (first.equals("EXPLAIN")) {
            // EXPLAIN ANALYZE runs the statement: judge what it explains
            int i = 1;
            while (Set.of("ANALYZE", "PLAN", "FOR").contains(word(tokens, i))) {
                i++;
            }
            return i < tokens.size() ? kind(tokens.subList(i, tokens.size())) : new Verdict(Kind.READ, null);
        }
        if (first.equals("WITH") || first.equals("(")) {
            for (Token t : tokens) {
                if (WRITES.contains(t.getText().toUpperCase(Locale.ROOT))) {
                    return new Verdict(Kind.WRITE, null); // WITH ... INSERT / UPDATE / DELETE / MERGE
                }
            }
            return new Verdict(Kind.READ, null);
        }
        if (READS.contains(first)) {
            return new Verdict(Kind.READ, null);
        }
        if (WRITES.contains(first)) {
            return new Verdict(Kind.WRITE, null);
        }
        if (first.equals("CREATE") || first.equals("DROP") || first.equals("ALTER")) {
            int i = 1;
            while (first.equals("CREATE") && CREATE_MODIFIERS.contains(word(tokens, i))) {
                i++;
            }
            if (STORE_OBJECTS.contains(word(tokens, i)) && !(first.equals("DROP") && word(tokens, i + 1).equals("OBJECTS"))) {
                return new Verdict(Kind.WRITE, null);
            }
            return new Verdict(Kind.SERVER, first + " " + word(tokens, i) + " changes the server, not the store's tables");
        }
        return new Verdict(Kind.SERVER, first + " changes the server's settings, users or files");
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).getText().toUpperCase(Locale.ROOT) : "";
    }
}
