package dev.pql.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The texts of {@code \?} (a resource next to this class) and {@code \h} (the engine's statement help). */
final class Help {

    private Help() {}

    /** The help on shell commands ({@code \?}). */
    static String commands() {
        return read("commands.txt").stripTrailing();
    }

    /** The statements {@code \h} knows, in order. */
    static List<String> topics() {
        return new ArrayList<>(statements().keySet());
    }

    /**
      * The help on the statement {@code query} names (any case, extra words ignored, so
      * {@code \h create model foo} works), or null when no statement matches.
      */
    static String statement(String query) {
        String q = query.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        String best = null;
        for (String topic : statements().keySet()) {
            boolean matches = q.equals(topic) || q.startsWith(topic + " ")
                    || (!q.isEmpty() && topic.startsWith(q));
            if (matches && (best == null || topic.length() > best.length())) {
                best = topic;
            }
        }
        return best == null ? null : statements().get(best);
    }

    /** Each statement's help, from the engine's statement registry (the shell keeps no copy). */
    private static Map<String, String> statements() {
        return dev.pql.exec.StatementKinds.help();
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
