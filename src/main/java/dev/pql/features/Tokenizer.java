package dev.pql.features;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ludwig's tokenizers: {@code space} (split on white space), {@code space_punct} (punctuation
 * too), {@code characters}, {@code comma} (sets: "a, b, c") and {@code ngram} (space_punct words
 * and their n-grams up to {@code ngram_size}).
 */
public final class Tokenizer {
    /** Every tokenizer name {@link #of} knows. */
    public static final List<String> NAMES = List.of("space", "space_punct", "characters", "ngram", "comma");
    private final String name;
    private final boolean lowercase;
    private final int ngramSize;

    private Tokenizer(String name, boolean lowercase, int ngramSize) {
        this.name = name;
        this.lowercase = lowercase;
        this.ngramSize = ngramSize;
    }

    public static Tokenizer of(String name, boolean lowercase) {
        return of(name, lowercase, 2);
    }

    public static Tokenizer of(String name, boolean lowercase, Integer ngramSize) {
        if (!NAMES.contains(name)) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Unknown tokenizer '" + name + "'; PQL has "
                    + String.join(", ", NAMES) + ".");
        }
        return new Tokenizer(name, lowercase, ngramSize == null ? 2 : Math.max(1, ngramSize));
    }

    /** Splits text into tokens. */
    public List<String> tokenize(String text) {
        String s = lowercase ? text.toLowerCase(Locale.ROOT) : text;
        return switch (name) {
            case "space" -> words(s, false);
            case "characters" -> characters(s);
            case "comma" -> comma(s);
            case "ngram" -> ngrams(words(s, true));
            default -> words(s, true);
        };
    }

    /** With {@code punctuation} every punctuation character is its own token ({@code \w+|[^\w\s]}). */
    private static List<String> words(String s, boolean punctuation) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            boolean punct = punctuation && !space && !Character.isLetterOrDigit(c) && c != '_';
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

    private static List<String> characters(String s) {
        List<String> out = new ArrayList<>(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> out.add(new String(Character.toChars(c))));
        return out;
    }

    private static List<String> comma(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * Each word followed by the n-grams that end on it (w1, w2, w1 w2, w3, w2 w3, ...): unlike
     * Ludwig, which appends the n-grams after all words, cutting at max_sequence_length then keeps
     * words and their n-grams from the same stretch of text.
     */
    private List<String> ngrams(List<String> words) {
        List<String> out = new ArrayList<>(words.size() * ngramSize);
        for (int i = 0; i < words.size(); i++) {
            out.add(words.get(i));
            StringBuilder gram = new StringBuilder(words.get(i));
            for (int n = 2; n <= ngramSize && i - n + 1 >= 0; n++) {
                gram.insert(0, words.get(i - n + 1) + " ");
                out.add(gram.toString());
            }
        }
        return out;
    }
}
