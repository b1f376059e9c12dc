package dev.pql.parse;

import dev.pql.parse.gen.PqlLexer;
import dev.pql.parse.gen.PqlParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Turns one statement's text into an {@link Ast.Statement}. Statements that begin like a PQL
 * statement go through the grammar; everything else is returned as {@link Ast.Sql} untouched.
 */
public final class StatementParser {
    private StatementParser() {
    }

    /** Parses one statement (an optional trailing semicolon is allowed). */
    public static Ast.Statement parse(String text) {
        CodePointCharStream chars = CharStreams.fromString(text);
        PqlLexer lexer = new PqlLexer(chars);
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (!isPql(leadingTokens(tokens, 5))) {
            MisspeltStatement.check(text, tokens);
            String plain = stripSemicolon(text);
            String sql = GenericTypes.forStore(plain);
            return sql.equals(plain) ? new Ast.Sql(sql, embeddedStatements(text, tokens)) : new Ast.Sql(sql);
        }
        PqlParser parser = new PqlParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener(text));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return new AstBuilder(chars).visitStatement(parser.statement());
    }

    /** Every keyword of PQL's grammar, upper case, in order (from the lexer: nothing to keep in step). */
    public static List<String> keywords() {
        List<String> words = new ArrayList<>();
        org.antlr.v4.runtime.Vocabulary v = PqlLexer.VOCABULARY;
        for (int t = 1; t <= v.getMaxTokenType(); t++) {
            String literal = v.getLiteralName(t);
            if (literal != null && literal.matches("'[A-Z][A-Z_0-9]*'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        java.util.Collections.sort(words);
        return words;
    }

    /** Whether the statement starts with a PQL keyword sequence (EXPLAIN SELECT, say, stays SQL). */
    static boolean isPql(List<Integer> lead) {
        if (lead.isEmpty()) {
            return false;
        }
        int first = lead.get(0);
        List<Integer> rest = lead.subList(1, lead.size());
        int second = rest.isEmpty() ? -1 : rest.get(0);
        return switch (first) {
            // Not SQL at all (H2 has none of these): the grammar says what should follow.
            case PqlLexer.PREDICT, PqlLexer.EVALUATE, PqlLexer.RETRAIN, PqlLexer.DIFF, PqlLexer.EXPORT, PqlLexer.IMPORT,
                    PqlLexer.ATTACH, PqlLexer.DETACH -> true;
            case PqlLexer.SHOW -> SHOW_WHAT.contains(second);
            case PqlLexer.DESCRIBE, PqlLexer.DROP, PqlLexer.ALTER -> second == PqlLexer.MODEL;
            case PqlLexer.CREATE -> createsModel(rest);
            case PqlLexer.EXPLAIN -> second == PqlLexer.RETRAIN || (second == PqlLexer.CREATE && createsModel(rest.subList(1, rest.size())));
            default -> false;
        };
    }

    private static final java.util.Set<Integer> SHOW_WHAT = java.util.Set.of(PqlLexer.MODELS, PqlLexer.CONFIG,
            PqlLexer.TRAINING, PqlLexer.CONFUSION, PqlLexer.CALIBRATION, PqlLexer.ROC, PqlLexer.FEATURE, PqlLexer.SOURCES,
            PqlLexer.DRIFT, PqlLexer.WARNINGS, PqlLexer.TRIALS);

    /** After CREATE: MODEL, or OR REPLACE MODEL. */
    private static boolean createsModel(List<Integer> afterCreate) {
        if (afterCreate.isEmpty()) {
            return false;
        }
        if (afterCreate.get(0) == PqlLexer.MODEL) {
            return true;
        }
        return afterCreate.size() >= 3 && afterCreate.get(0) == PqlLexer.OR && afterCreate.get(1) == PqlLexer.REPLACE
                && afterCreate.get(2) == PqlLexer.MODEL;
    }

    private static List<Integer> leadingTokens(CommonTokenStream tokens, int count) {
        List<Integer> lead = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                lead.add(t.getType());
                if (lead.size() == count) {
                    break;
                }
            }
        }
        return lead;
    }

    /**
     * Each parenthesised PQL statement that answers rows inside SQL ({@code (PREDICT ...)},
     * {@code (EVALUATE ...)}, {@code (SHOW ...)}, {@code (DESCRIBE ...)}, {@code (EXPLAIN ...)},
     * {@code (DIFF ...)}), with where it stands: the SQL layer answers it as a table, so its rows can
     * be filtered, joined and aggregated, and tools can wrap any statement as a subquery. Statements
     * that change things (CREATE MODEL, DROP, ...) are never run from inside a query.
     */
    static java.util.List<Ast.EmbeddedStatement> embeddedStatements(String text, CommonTokenStream tokens) {
        List<Token> all = tokens.getTokens();
        List<Ast.EmbeddedStatement> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.getType() != PqlLexer.LPAREN || !answersRows(visibleAfter(all, i, 5))) {
                continue;
            }
            int close = matchingParen(all, i);
            if (close < 0) {
                break;
            }
            String inner = text.substring(t.getStopIndex() + 1, all.get(close).getStartIndex()).strip();
            found.add(new Ast.EmbeddedStatement(t.getStartIndex(), all.get(close).getStopIndex() + 1, inner));
            i = close;
        }
        return found;
    }

    private static final java.util.Set<Integer> ROW_STATEMENTS = java.util.Set.of(PqlLexer.PREDICT, PqlLexer.EVALUATE,
            PqlLexer.SHOW, PqlLexer.DESCRIBE, PqlLexer.EXPLAIN, PqlLexer.DIFF);

    private static boolean answersRows(List<Integer> lead) {
        return !lead.isEmpty() && ROW_STATEMENTS.contains(lead.get(0)) && isPql(lead);
    }

    /** The types of up to {@code count} visible tokens after position {@code i}. */
    private static List<Integer> visibleAfter(List<Token> all, int i, int count) {
        List<Integer> lead = new ArrayList<>();
        for (int j = i + 1; j < all.size() && lead.size() < count; j++) {
            Token t = all.get(j);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                lead.add(t.getType());
            }
        }
        return lead;
    }

    private static int matchingParen(List<Token> all, int open) {
        int depth = 0;
        for (int j = open; j < all.size(); j++) {
            int type = all.get(j).getType();
            depth += type == PqlLexer.LPAREN ? 1 : type == PqlLexer.RPAREN ? -1 : 0;
            if (depth == 0) {
                return j;
            }
        }
        return -1;
    }

    public static String stripSemicolon(String text) {
        String t = text.strip();
        while (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
