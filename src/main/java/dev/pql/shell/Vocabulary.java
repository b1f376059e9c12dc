package dev.pql.shell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
  * The words the shell completes that no table lists: statement starts and their help, keywords,
  * feature types, encoder names, config paths and their values. Asked of the connection the shell
  * uses, embedded or remote, so they are the words of the engine at the other end: its
  * {@code pql.statements}, {@code pql.feature_types}, {@code pql.encoders} and {@code pql.options}
  * views and {@code getMetaData().getSQLKeywords()}. Read once, when completion or {@code \h} first
  * needs them (startup and scripts pay nothing), then kept for the session. Where a view cannot be
  * read (an older server, another database) its words are missing and SQL's remain; completion never
  * fails the shell. Only SQL's own common words are listed here.
  */
class Vocabulary {

    /** SQL's words that start a statement; PQL's come from {@code pql.statements}. */
    static final List<String> SQL_STARTS = List.of("SELECT", "CREATE", "INSERT", "UPDATE",
            "DELETE", "WITH", "VALUES", "MERGE", "TRUNCATE", "DROP", "ALTER", "EXPLAIN");

    /** SQL's common words offered in the middle of a statement; the database's come from its metadata. */
    private static final List<String> SQL_WORDS = List.of("SELECT", "FROM", "WHERE", "GROUP", "BY",
            "ORDER", "HAVING", "LIMIT", "OFFSET", "JOIN", "LEFT", "INNER", "OUTER", "ON", "AS", "AND", "OR",
            "NOT", "NULL", "IS", "IN", "LIKE", "BETWEEN", "DISTINCT", "COUNT", "CASE", "WHEN", "THEN",
            "ELSE", "END", "UNION", "ALL", "DESC", "ASC", "INTO", "TABLE", "CSVREAD");

    private static final String TYPED = "section with a type";

    /** One row of {@code pql.options}: an option's scope, name, kind and the values it allows (maybe none). */
    record Option(String scope, String name, String kind, List<String> allowed) {}

    /** What the connection serves, read in one go. */
    private record Words(Map<String, String> help, List<String> keywords, List<String[]> featureTypes,
            Map<String, List<String>> encoders, List<Option> options) {}

    private final Connection connection;
    private Words words;

    /** The vocabulary of the engine behind {@code connection} (null: SQL's words only). */
    Vocabulary(Connection connection) {
        this.connection = connection;
    }

    /** The served words, read on first use and then kept. */
    private synchronized Words words() {
        if (words == null) {
            words = new Words(readHelp(connection), readKeywords(connection), readFeatureTypes(connection),
                    readEncoders(connection), readOptions(connection));
        }
        return words;
    }

    /** Each statement's name and help, in the engine's order ({@code pql.statements}). */
    Map<String, String> statementHelp() {
        return words().help();
    }

    /** Words that start a statement: SQL's and the first word of every PQL statement. */
    List<String> statementStarts() {
        TreeSet<String> out = new TreeSet<>(SQL_STARTS);
        for (String name : statementHelp().keySet()) {
            out.add(name.split(" ")[0]);
        }
        return List.copyOf(out);
    }

    /** The next word of the PQL statements whose names start with {@code typed} (SHOW: MODELS, ROC, ...). */
    List<String> nextWords(List<String> typed) {
        TreeSet<String> out = new TreeSet<>();
        for (String name : statementHelp().keySet()) {
            String[] parts = name.split(" ");
            boolean prefix = parts.length > typed.size();
            for (int i = 0; prefix && i < typed.size(); i++) {
                prefix = parts[i].equalsIgnoreCase(typed.get(i));
            }
            if (prefix) {
                out.add(parts[typed.size()]);
            }
        }
        return List.copyOf(out);
    }

    /** Keywords offered in the middle of a statement: SQL's common ones and the database's. */
    List<String> keywords() {
        TreeSet<String> out = new TreeSet<>(SQL_WORDS);
        out.addAll(words().keywords());
        return List.copyOf(out);
    }

    /** Every feature type, upper case. */
    List<String> featureTypes() {
        return featureTypes(null);
    }

    /** The feature types a column of {@code clause} may have (GIVEN: inputs, PREDICT: outputs), upper case. */
    List<String> featureTypes(String clause) {
        int flag = "GIVEN".equals(clause) ? 1 : "PREDICT".equals(clause) ? 2 : 0;
        List<String> out = new ArrayList<>();
        for (String[] t : words().featureTypes()) {
            if (flag == 0 || !"false".equalsIgnoreCase(t[flag])) {
                out.add(t[0]);
            }
        }
        return out;
    }

    /** Encoder names of a feature type (lower case); the type "" (or an unknown one) lists all of them. */
    List<String> encoders(String featureType) {
        Map<String, List<String>> all = words().encoders();
        return all.getOrDefault(featureType.toLowerCase(Locale.ROOT), all.getOrDefault("", List.of()));
    }

    /**
      * Model-wide config paths for {@code WITH (...)}: root options, the trainer's (ECD and gbm), the
      * global preprocessing, each combiner's and optimizer's under the path a user writes, and the
      * {@code type} of each typed section among them.
      */
    List<String> configPaths() {
        TreeSet<String> paths = new TreeSet<>();
        for (Option o : words().options()) {
            String s = o.scope();
            String prefix = s.isEmpty() ? "" : s.equals("trainer") || s.equals("gbm_trainer") ? "trainer."
                    : s.equals("preprocessing") || s.startsWith("trainer.") && !s.startsWith("trainer.optimizer.")
                            ? s + "." : s.startsWith("combiner.") ? "combiner." : s.startsWith("trainer.optimizer.")
                            ? "trainer.optimizer." : null;
            if (prefix != null) {
                paths.add(prefix + o.name());
                if (o.kind().equals(TYPED)) {
                    paths.add(prefix + o.name() + ".type");
                }
            }
        }
        return List.copyOf(paths);
    }

    /** Per-feature encoder options, also valid inside a feature's {@code (k = v)} list. */
    List<String> encoderOptions() {
        return optionNames(".encoder.");
    }

    /** Per-feature preprocessing options, also valid inside a feature's {@code (k = v)} list. */
    List<String> preprocessingOptions() {
        return optionNames(".preprocessing");
    }

    /** The names of the options at every scope containing {@code part} ({@code text.encoder.embed}, ...). */
    private List<String> optionNames(String part) {
        TreeSet<String> names = new TreeSet<>();
        for (Option o : words().options()) {
            if (o.scope().contains(part) || o.scope().endsWith(part)) {
                names.add(o.name());
            }
        }
        return List.copyOf(names);
    }

    /** The config paths of one feature, {@code <feature>.encoder.*} and {@code .preprocessing.*}. */
    List<String> featurePaths(String feature) {
        List<String> out = new ArrayList<>();
        out.add(feature + ".encoder.type");
        for (String o : encoderOptions()) {
            out.add(feature + ".encoder." + o);
        }
        for (String o : preprocessingOptions()) {
            out.add(feature + ".preprocessing." + o);
        }
        return out;
    }

    /**
      * The known values for a setting at {@code path}, or an empty list: every encoder for an
      * encoder's type, the types of another typed section (optimizers, combiners), else the values
      * the options of that name allow ({@code allowed_values}).
      */
    List<String> valuesFor(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith("encoder.type")) {
            return encoders("");
        }
        String[] parts = p.split("\\.");
        boolean type = parts.length > 1 && parts[parts.length - 1].equals("type");
        String name = type ? parts[parts.length - 2] : parts[parts.length - 1];
        TreeSet<String> values = new TreeSet<>();
        for (Option o : words().options()) {
            if (o.name().equals(name) && (!type || o.kind().equals(TYPED))) {
                values.addAll(o.allowed());
            }
        }
        return List.copyOf(values);
    }

    /** Rows of {@code sql}, each as its column values; empty when the query fails. */
    private static List<String[]> rows(Connection connection, String sql) {
        List<String[]> out = new ArrayList<>();
        if (connection == null) {
            return out;
        }
        try (Statement stmt = connection.createStatement(); ResultSet rs = stmt.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
        } catch (SQLException | RuntimeException e) {
            // Not a PQL engine, or an older one: these words are missing, SQL's remain.
            return new ArrayList<>();
        }
        return out;
    }

    private static Map<String, String> readHelp(Connection connection) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : rows(connection, "SELECT name, help FROM pql.statements")) {
            out.put(r[0], r[1]);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String> readKeywords(Connection connection) {
        if (connection == null) {
            return List.of();
        }
        try {
            String words = connection.getMetaData().getSQLKeywords();
            List<String> out = new ArrayList<>();
            for (String w : words == null ? new String[0] : words.split(",")) {
                if (!w.isBlank()) {
                    out.add(w.strip().toUpperCase(Locale.ROOT));
                }
            }
            return List.copyOf(out);
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    /**
      * Each feature type (upper case) and whether it may be an input and an output, sorted by name; from
      * an engine older than pql.feature_types, the types its encoders name.
      */
    private static List<String[]> readFeatureTypes(Connection connection) {
        TreeMap<String, String[]> out = new TreeMap<>();
        List<String[]> rows = rows(connection, "SELECT feature_type, as_input, as_output FROM pql.feature_types");
        if (rows.isEmpty()) {
            rows = rows(connection, "SELECT DISTINCT feature_type, NULL, NULL FROM pql.encoders");
        }
        for (String[] r : rows) {
            out.put(r[0].toUpperCase(Locale.ROOT), new String[] {r[0].toUpperCase(Locale.ROOT), r[1], r[2]});
        }
        return List.copyOf(out.values());
    }

    /** Encoders by feature type from {@code pql.encoders}; the key "" lists all of them. */
    private static Map<String, List<String>> readEncoders(Connection connection) {
        Map<String, TreeSet<String>> byType = new TreeMap<>();
        for (String[] r : rows(connection, "SELECT feature_type, encoder FROM pql.encoders")) {
            byType.computeIfAbsent(r[0].toLowerCase(Locale.ROOT), t -> new TreeSet<>()).add(r[1]);
            byType.computeIfAbsent("", t -> new TreeSet<>()).add(r[1]);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        byType.forEach((t, names) -> out.put(t, List.copyOf(names)));
        return Collections.unmodifiableMap(out);
    }

    /** The options of {@code pql.options}; from an engine older than its allowed_values, without values. */
    private static List<Option> readOptions(Connection connection) {
        List<Option> out = new ArrayList<>();
        List<String[]> rows = rows(connection, "SELECT scope, name, kind, allowed_values FROM pql.options");
        if (rows.isEmpty()) {
            rows = rows(connection, "SELECT scope, name, kind, NULL FROM pql.options");
        }
        for (String[] r : rows) {
            out.add(new Option(r[0] == null ? "" : r[0], r[1], r[2] == null ? "" : r[2],
                    r[3] == null || r[3].isBlank() ? List.of() : List.of(r[3].split(",\\s*"))));
        }
        return List.copyOf(out);
    }
}
