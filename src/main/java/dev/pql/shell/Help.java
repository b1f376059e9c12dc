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

/** The texts of {@code \?} and {@code \h}, read from resources next to this class. */
final class Help {

  private static Map<String, String> statements;

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

  private static synchronized Map<String, String> statements() {
    if (statements == null) {
      Map<String, String> map = new LinkedHashMap<>();
      String topic = null;
      StringBuilder text = new StringBuilder();
      for (String line : read("statements.txt").split("\n", -1)) {
        if (line.startsWith("## ")) {
          if (topic != null) {
            map.put(topic, text.toString().strip());
          }
          topic = line.substring(3).strip();
          text.setLength(0);
        } else if (topic != null) {
          text.append(line).append('\n');
        }
      }
      if (topic != null) {
        map.put(topic, text.toString().strip());
      }
      statements = map;
    }
    return statements;
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
