package dev.pql.parse;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.parse.gen.PqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * A statement that is almost a PQL statement ({@code CREATE MODLE}, {@code SHOW MODLES}) would go
 * to the store as SQL, whose error lists every SQL statement it knows. Caught here instead, with
 * a did-you-mean. Only words a typo away from MODEL, or from what SHOW takes, count (see
 * {@link Suggestions#closest}): no SQL statement starts that way, so SQL is never refused.
 */
final class MisspeltStatement {
    private static final List<String> MODEL = List.of("MODEL");
    private static final List<String> SHOWN = List.of("MODELS", "CONFIG", "TRAINING", "CONFUSION", "CALIBRATION",
            "FEATURE", "SOURCES", "TRIALS");

    private MisspeltStatement() {
    }

    /** Throws a 42000 syntax error when the statement's second word is a misspelt PQL keyword. */
    static void check(String text, CommonTokenStream tokens) {
        List<Token> lead = visible(tokens, 4);
        if (lead.size() < 2) {
            return;
        }
        int first = lead.get(0).getType();
        Token word = lead.get(1);
        if (first == PqlLexer.CREATE && word.getType() == PqlLexer.OR && lead.size() == 4
                && lead.get(2).getType() == PqlLexer.REPLACE) {
            word = lead.get(3);
        }
        List<String> candidates = switch (first) {
            case PqlLexer.CREATE, PqlLexer.DROP, PqlLexer.ALTER, PqlLexer.DESCRIBE -> MODEL;
            case PqlLexer.SHOW -> SHOWN;
            default -> List.of();
        };
        if (word.getType() != PqlLexer.IDENT || candidates.isEmpty()) {
            return;
        }
        Optional<String> meant = Suggestions.closest(word.getText(), candidates);
        if (meant.isPresent()) {
            throw new PqlException(ErrorCode.SYNTAX_ERROR, "Syntax error at line " + word.getLine() + ", column "
                    + (word.getCharPositionInLine() + 1) + ": unexpected '" + word.getText() + "'. Did you mean '"
                    + meant.get() + "'?\n" + SyntaxErrorListener.caretLine(text, word.getLine(),
                    word.getCharPositionInLine()), new PqlException.Position(word.getLine(), word.getCharPositionInLine() + 1));
        }
    }

    private static List<Token> visible(CommonTokenStream tokens, int count) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                out.add(t);
                if (out.size() == count) {
                    break;
                }
            }
        }
        return out;
    }
}
