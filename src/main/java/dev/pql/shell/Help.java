package dev.pql.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of {@code \?} and {@code \h SQL} (resources next to this class) and of {@code \h} on a
 * statement (the connection's {@code pql.statements}).
 */
final class Help {

    private Help() {}

    /** The help on shell commands ({@code \?}). */
    static String commands() {
        return read("commands.txt").stripTrailing();
    }

    /** The statements {@code \h} knows: the engine's, in its order, then SQL. */
    static List<String> topics(Vocabulary vocabulary) {
        return new ArrayList<>(statements(vocabulary).keySet());
    }

    /**
      * The help on the statement {@code query} names (any case, extra words ignored, so
      * {@code \h create model foo} works), or null when no statement matches.
      */
    static String statement(Vocabulary vocabulary, String query) {
        Map<String, String> statements = statements(vocabulary);
        String q = query.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        String best = null;
        for (String topic : statements.keySet()) {
            boolean matches = q.equals(topic) || q.startsWith(topic + " ")
                    || (!q.isEmpty() && topic.startsWith(q));
            if (matches && (best == null || topic.length() > best.length())) {
                best = topic;
            }
        }
        return best == null ? null : statements.get(best);
    }

    /** Each statement's help as the connection serves it, then the shell's own words on plain SQL. */
    private static Map<String, String> statements(Vocabulary vocabulary) {
        Map<String, String> out = new LinkedHashMap<>(vocabulary.statementHelp());
        out.put("SQL", read("sql.txt").stripTrailing());
        return out;
    }

    private static String read(String name) {
        try (InputStream in = Help.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/pql/shell/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
