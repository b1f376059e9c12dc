package dev.pql.parse;

import dev.pql.parse.gen.PqlLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * What the SQL layer needs to know about a plain SQL statement to route it, read from its tokens
 * (no SQL grammar): the names it qualifies others with ({@code crm} in {@code crm.customers}),
 * and whether it is a query, a {@code CREATE TABLE ... AS query} or an {@code INSERT ... query}.
 */
public final class SqlShape {
    private final String text;
    private final List<Token> tokens;

    private SqlShape(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    public static SqlShape of(String sql) {
        return new SqlShape(sql, visibleTokens(sql));
    }

    /** The tokens of a text that count (no comments or white space), as PQL's lexer reads them. */
    static List<Token> visibleTokens(String sql) {
        PqlLexer lexer = new PqlLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> visible = new ArrayList<>();
        for (Token t : stream.getTokens()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                visible.add(t);
            }
        }
        return visible;
    }

    /** Names followed by a dot, upper case (quoted ones too: names match case-insensitively). */
    public Set<String> qualifiers() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (tokens.get(i + 1).getType() == PqlLexer.DOT && (i == 0 || tokens.get(i - 1).getType() != PqlLexer.DOT)) {
                names.add(name(t).toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String name(Token t) {
        String s = t.getText();
        return t.getType() == PqlLexer.QUOTED_IDENT ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    private String word(int i) {
        return i < tokens.size() ? tokens.get(i).getText().toUpperCase(Locale.ROOT) : "";
    }

    /** Whether the statement reads rows: SELECT, WITH, VALUES, TABLE, EXPLAIN or a parenthesised query. */
    public boolean isQuery() {
        return switch (word(0)) {
            case "SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN", "(" -> true;
            default -> false;
        };
    }

    /** {@code CREATE TABLE [IF NOT EXISTS] name AS query}: the parts, or null for any other statement. */
    public Ctas ctas() {
        if (!word(0).equals("CREATE") || !word(1).equals("TABLE")) {
            return null;
        }
        int i = 2;
        boolean ifNotExists = false;
        if (word(2).equals("IF") && word(3).equals("NOT") && word(4).equals("EXISTS")) {
            ifNotExists = true;
            i = 5;
        }
        int nameStart = i;
        while (i + 2 < tokens.size() && tokens.get(i + 1).getType() == PqlLexer.DOT) {
            i += 2;
        }
        if (i + 2 >= tokens.size() || !word(i + 1).equals("AS")) {
            return null;
        }
        String table = text.substring(tokens.get(nameStart).getStartIndex(), tokens.get(i).getStopIndex() + 1);
        return new Ctas(table, ifNotExists, tail(i + 2));
    }

    /** {@code INSERT INTO name [(columns)] query}: the parts, or null for any other statement. */
    public InsertQuery insertQuery() {
        if (!word(0).equals("INSERT") || !word(1).equals("INTO") || tokens.size() < 4) {
            return null;
        }
        int i = 2;
        while (i + 2 < tokens.size() && tokens.get(i + 1).getType() == PqlLexer.DOT) {
            i += 2;
        }
        int targetEnd = i;
        if (i + 1 < tokens.size() && tokens.get(i + 1).getType() == PqlLexer.LPAREN
                && !word(i + 2).equals("SELECT") && !word(i + 2).equals("WITH")) {
            int depth = 0;
            for (int j = i + 1; j < tokens.size(); j++) {
                depth += tokens.get(j).getType() == PqlLexer.LPAREN ? 1 : tokens.get(j).getType() == PqlLexer.RPAREN ? -1 : 0;
                if (depth == 0) {
                    targetEnd = j;
                    break;
                }
            }
        }
        String next = word(targetEnd + 1);
        if (!next.equals("SELECT") && !next.equals("WITH") && !next.equals("(") && !next.equals("TABLE")) {
            return null;
        }
        String target = text.substring(tokens.get(2).getStartIndex(), tokens.get(targetEnd).getStopIndex() + 1);
        return new InsertQuery(target, tail(targetEnd + 1));
    }

    private String tail(int from) {
        return StatementParser.stripSemicolon(text.substring(tokens.get(from).getStartIndex()));
    }

    /** The parts of a CREATE TABLE ... AS query. */
    public record Ctas(String table, boolean ifNotExists, String query) {
    }

    /** The parts of an INSERT INTO ... query: the target with its column list, and the query. */
    public record InsertQuery(String target, String query) {
    }
}
