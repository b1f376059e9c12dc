package dev.pql.parse;

import dev.pql.parse.gen.PqlLexer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
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

    public static Verdict judge(String sql) {
        PqlLexer lexer = new PqlLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = stream.getTokens().stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF).toList();
        if (tokens.isEmpty()) {
            return new Verdict(Kind.READ, null);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == PqlLexer.STRING || t.getType() == PqlLexer.QUOTED_IDENT) {
                continue;
            }
            String w = t.getText().toUpperCase(Locale.ROOT);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).getType() == PqlLexer.LPAREN;
            if (call && SERVER_FUNCTIONS.contains(w)) {
                return new Verdict(Kind.SERVER, w + "() reaches the server's files or sessions");
            }
            if (SERVER_WORDS.contains(w)) {
                return new Verdict(Kind.SERVER, w + " runs Java code on the server");
            }
        }
        String first = word(tokens, 0);
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
            if (STORE_OBJECTS.contains(word(tokens, i))) {
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
