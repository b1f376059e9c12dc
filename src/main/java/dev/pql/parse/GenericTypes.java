package dev.pql.parse;

import dev.pql.parse.gen.PqlLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Column types that generic JDBC writers put into CREATE TABLE and H2 does not take: Spark's JDBC
 * source, writing to a database it has no dialect for, declares booleans as {@code BIT(1)}, which
 * H2 2.x refuses (it knows {@code BIT} only without a length). {@code BIT(n)} becomes
 * {@code BOOLEAN}, what such a writer means; nothing else in the statement changes. A statement
 * H2 used to refuse is the only one that changes, so plain SQL keeps H2's answers.
 */
final class GenericTypes {
    private GenericTypes() {
    }

    /** The CREATE TABLE statement with H2's types for generic ones; any other text unchanged. */
    static String forStore(String sql) {
        if (!sql.stripLeading().regionMatches(true, 0, "CREATE", 0, 6)
                || !sql.toUpperCase(java.util.Locale.ROOT).contains("BIT")) {
            return sql; // the common case, kept cheap
        }
        List<Token> t = SqlShape.visibleTokens(sql);
        if (t.size() < 3 || !t.get(0).getText().equalsIgnoreCase("CREATE") || !t.get(1).getText().equalsIgnoreCase("TABLE")) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 2; i + 3 < t.size(); i++) {
            if (t.get(i).getText().equalsIgnoreCase("BIT") && t.get(i + 1).getType() == PqlLexer.LPAREN
                    && t.get(i + 2).getType() == PqlLexer.INTEGER && t.get(i + 3).getType() == PqlLexer.RPAREN
                    && t.get(i - 1).getType() != PqlLexer.LPAREN && t.get(i - 1).getType() != PqlLexer.DOT) {
                out.append(sql, copied, t.get(i).getStartIndex()).append("BOOLEAN");
                copied = t.get(i + 3).getStopIndex() + 1;
            }
        }
        return copied == 0 ? sql : out.append(sql.substring(copied)).toString();
    }
}
