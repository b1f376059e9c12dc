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
        if (!isPql(leadingTokens(tokens, 3))) {
            return new Ast.Sql(stripSemicolon(text));
        }
        PqlParser parser = new PqlParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener(text));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return new AstBuilder(chars).visitStatement(parser.statement());
    }

    /** Whether the statement starts with a PQL keyword sequence. */
    static boolean isPql(List<Integer> lead) {
        if (lead.isEmpty()) {
            return false;
        }
        int first = lead.get(0);
        int second = lead.size() > 1 ? lead.get(1) : -1;
        int third = lead.size() > 2 ? lead.get(2) : -1;
        return switch (first) {
            case PqlLexer.PREDICT, PqlLexer.EVALUATE -> true;
            case PqlLexer.SHOW -> second == PqlLexer.MODELS;
            case PqlLexer.DESCRIBE, PqlLexer.DROP -> second == PqlLexer.MODEL;
            case PqlLexer.CREATE -> second == PqlLexer.MODEL
                    || (second == PqlLexer.OR && third == PqlLexer.REPLACE);
            default -> false;
        };
    }

    private static List<Integer> leadingTokens(CommonTokenStream tokens, int count) {
        List<Integer> lead = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                lead.add(t.getType());
                if (lead.size() == count + 1) {
                    break;
                }
            }
        }
        // CREATE OR REPLACE MODEL needs a fourth token to decide.
        if (lead.size() >= 3 && lead.get(0) == PqlLexer.CREATE && lead.get(1) == PqlLexer.OR) {
            return lead.size() > 3 && lead.get(3) == PqlLexer.MODEL ? lead : List.of(PqlLexer.CREATE);
        }
        return lead;
    }

    static String stripSemicolon(String text) {
        String t = text.strip();
        while (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
