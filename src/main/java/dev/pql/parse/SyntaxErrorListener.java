package dev.pql.parse;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns the first syntax error into a {@link PqlException} with line, column, what was found and expected. */
final class SyntaxErrorListener extends BaseErrorListener {
    private final String text;

    SyntaxErrorListener(String text) {
        this.text = text;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                            String msg, RecognitionException e) {
        Token token = offendingSymbol instanceof Token t ? t : null;
        String found = token == null || token.getType() == Token.EOF ? "end of statement" : "'" + token.getText() + "'";
        Set<String> names = new LinkedHashSet<>();
        if (recognizer instanceof Parser parser) {
            IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
            for (int type : set.toList()) {
                names.add(describe(parser.getVocabulary().getDisplayName(type)));
            }
        }
        if (names.contains("a name") && recognizer instanceof Parser parser) {
            // Keywords that may serve as names are names too; listing them only adds noise.
            IntervalSet nonReserved = parser.getATN().nextTokens(
                    parser.getATN().ruleToStartState[dev.pql.parse.gen.PqlParser.RULE_nonReserved]);
            for (int type : nonReserved.toList()) {
                names.remove(describe(parser.getVocabulary().getDisplayName(type)));
            }
        }
        List<String> expected = new ArrayList<>(names);
        StringBuilder m = new StringBuilder("Syntax error at line ").append(line).append(", column ").append(column + 1)
                .append(": unexpected ").append(found);
        if (!expected.isEmpty() && expected.size() <= 12) {
            m.append("; expected ").append(String.join(", ", expected));
        }
        m.append('.');
        if (token != null && token.getType() != Token.EOF) {
            List<String> keywords = expected.stream().filter(s -> s.matches("[A-Z]+")).toList();
            m.append(Suggestions.didYouMean(token.getText(), keywords));
        }
        m.append('\n').append(caretLine(line, column));
        throw new PqlException(ErrorCode.SYNTAX_ERROR, m.toString(), new PqlException.Position(line, column + 1));
    }

    private static String describe(String displayName) {
        return switch (displayName) {
            case "IDENT", "QUOTED_IDENT" -> "a name";
            case "STRING" -> "a string";
            case "INTEGER" -> "an integer";
            case "DECIMAL" -> "a number";
            case "EOF" -> "end of statement";
            default -> displayName.startsWith("'") ? displayName.replace("'", "") : displayName;
        };
    }

    /** The statement's offending line with a caret under the column, as psql shows it. */
    private String caretLine(int line, int column) {
        return caretLine(text, line, column);
    }

    /** {@code text}'s line {@code line} with a caret under {@code column} (0-based). */
    static String caretLine(String text, int line, int column) {
        String[] lines = text.split("\r?\n", -1);
        String source = line - 1 < lines.length ? lines[line - 1] : "";
        return source + "\n" + " ".repeat(Math.max(0, Math.min(column, source.length()))) + "^";
    }
}
