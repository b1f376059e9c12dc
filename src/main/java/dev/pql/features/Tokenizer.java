package dev.pql.features;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ludwig's text tokenizers: {@code space} (split on white space) and {@code space_punct} (punctuation too). */
public final class Tokenizer {
    private final boolean punctuation;
    private final boolean lowercase;

    private Tokenizer(boolean punctuation, boolean lowercase) {
        this.punctuation = punctuation;
        this.lowercase = lowercase;
    }

    public static Tokenizer of(String name, boolean lowercase) {
        return switch (name) {
            case "space" -> new Tokenizer(false, lowercase);
            case "space_punct" -> new Tokenizer(true, lowercase);
            default -> throw new PqlException(ErrorCode.INVALID_CONFIG, "Unknown tokenizer '" + name + "'.");
        };
    }

    /** Splits text into tokens; with {@code space_punct} every punctuation character is its own token. */
    public List<String> tokenize(String text) {
        String s = lowercase ? text.toLowerCase(Locale.ROOT) : text;
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            boolean punct = punctuation && !space && !Character.isLetterOrDigit(c) && c != '_'; // \w+|[^\w\s]
            if (space || punct) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
                if (punct) {
                    out.add(String.valueOf(c));
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }
}
