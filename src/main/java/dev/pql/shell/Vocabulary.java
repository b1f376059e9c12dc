package dev.pql.shell;

import dev.pql.config.FeatureType;
import dev.pql.config.Option;
import dev.pql.config.Options;
import dev.pql.exec.StatementKind;
import dev.pql.exec.StatementKinds;
import dev.pql.model.Encoders;
import dev.pql.parse.StatementParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
  * The words the shell completes that no database metadata lists: keywords, feature types, encoder
  * names, config paths and their values. Asked of the engine's registries (the statement registry,
  * the lexer, FeatureType, Encoders and the option registry), never copied, so a new encoder or
  * option completes without anyone touching the shell; the same words are {@code pql.statements},
  * {@code pql.encoders} and {@code pql.options} over JDBC. Only SQL's own common words are listed here.
  */
final class Vocabulary {

    private Vocabulary() {}

    /** SQL's words that start a statement; PQL's come from the statement registry. */
    private static final List<String> SQL_STARTS = List.of("SELECT", "CREATE", "INSERT", "UPDATE",
            "DELETE", "WITH", "VALUES", "MERGE", "TRUNCATE", "DROP", "ALTER", "EXPLAIN");

    /** SQL's common words offered in the middle of a statement; PQL's come from the lexer. */
    private static final List<String> SQL_WORDS = List.of("SELECT", "FROM", "WHERE", "GROUP", "BY",
            "ORDER", "HAVING", "LIMIT", "OFFSET", "JOIN", "LEFT", "INNER", "OUTER", "ON", "AS", "AND", "OR",
            "NOT", "NULL", "IS", "IN", "LIKE", "BETWEEN", "DISTINCT", "COUNT", "CASE", "WHEN", "THEN",
            "ELSE", "END", "UNION", "ALL", "DESC", "ASC", "INTO", "TABLE", "CSVREAD");

    /** Words that start a statement. */
    static final List<String> STATEMENT_START = statementStarts();

    /** Keywords offered in the middle of a statement (PQL's and the common SQL ones). */
    static final List<String> KEYWORDS = keywords();

    /** Feature types a GIVEN or PREDICT column may name. */
    static final List<String> FEATURE_TYPES = featureTypes();

    /** Encoder names by feature type (lower case); the key "" lists all of them. */
    static final Map<String, List<String>> ENCODERS = encoders();

    /** Model-wide config paths for {@code WITH (...)}. */
    static final List<String> CONFIG_PATHS = configPaths();

    /** Per-feature encoder options, also valid inside a feature's {@code (k = v)} list. */
    static final List<String> ENCODER_OPTIONS = optionNames(".encoder.");

    /** Per-feature preprocessing options, also valid inside a feature's {@code (k = v)} list. */
    static final List<String> PREPROCESSING_OPTIONS = optionNames(".preprocessing");

    private static List<String> statementStarts() {
        TreeSet<String> words = new TreeSet<>(SQL_STARTS);
        for (StatementKind k : StatementKinds.all()) {
            words.add(k.name().split(" ")[0]);
        }
        return List.copyOf(words);
    }

    private static List<String> keywords() {
        TreeSet<String> words = new TreeSet<>(SQL_WORDS);
        words.addAll(StatementParser.keywords());
        return List.copyOf(words);
    }

    private static List<String> featureTypes() {
        List<String> out = new ArrayList<>();
        for (FeatureType t : FeatureType.values()) {
            out.add(t.name());
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> encoders() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        TreeSet<String> all = new TreeSet<>();
        for (FeatureType t : FeatureType.values()) {
            out.put(t.ludwigName(), List.copyOf(new TreeSet<>(Encoders.names(t))));
            all.addAll(Encoders.names(t));
        }
        out.put("", List.copyOf(all));
        return Map.copyOf(out);
    }

    /**
      * The registry's model-wide options as WITH paths: root options, the trainer's (ECD and gbm),
      * the global preprocessing, and each combiner's and optimizer's under the path a user writes.
      */
    private static List<String> configPaths() {
        TreeSet<String> paths = new TreeSet<>(List.of("trainer.optimizer.type", "combiner.type"));
        for (Option o : Options.all()) {
            if (o.role() != Option.Role.OPTION) {
                continue;
            }
            String s = o.scope();
            String prefix = s.isEmpty() ? "" : s.equals("trainer") || s.equals("gbm_trainer") ? "trainer."
                    : s.equals("preprocessing") || s.startsWith("trainer.") && !s.startsWith("trainer.optimizer.")
                            ? s + "." : s.startsWith("combiner.") ? "combiner." : s.startsWith("trainer.optimizer.")
                            ? "trainer.optimizer." : null;
            if (prefix != null) {
                paths.add(prefix + o.name());
            }
        }
        return List.copyOf(paths);
    }

    /** The names of the options at every scope containing {@code part} ({@code text.encoder.embed}, ...). */
    private static List<String> optionNames(String part) {
        TreeSet<String> names = new TreeSet<>();
        for (Option o : Options.all()) {
            if (o.role() == Option.Role.OPTION && (o.scope().contains(part) || o.scope().endsWith(part))) {
                names.add(o.name());
            }
        }
        return List.copyOf(names);
    }

    /** The config paths of one feature, {@code <feature>.encoder.*} and {@code .preprocessing.*}. */
    static List<String> featurePaths(String feature) {
        List<String> out = new ArrayList<>();
        out.add(feature + ".encoder.type");
        for (String o : ENCODER_OPTIONS) {
            out.add(feature + ".encoder." + o);
        }
        for (String o : PREPROCESSING_OPTIONS) {
            out.add(feature + ".preprocessing." + o);
        }
        return out;
    }

    /**
      * The known values for a setting at {@code path}, or an empty list: the types of a typed section
      * (encoders, optimizers, combiners), else what the option's check allows ("one of: a, b").
      */
    static List<String> valuesFor(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith("encoder.type")) {
            return ENCODERS.get("");
        }
        if (p.endsWith("optimizer.type")) {
            return Options.variants("trainer.optimizer");
        }
        if (p.equals("combiner.type")) {
            return Options.variants("combiner");
        }
        String name = p.substring(p.lastIndexOf('.') + 1);
        TreeSet<String> values = new TreeSet<>();
        for (Option o : Options.all()) {
            String allowed = o.check().describe();
            if (o.role() == Option.Role.OPTION && o.name().equals(name) && allowed.startsWith("one of: ")) {
                for (String v : allowed.substring("one of: ".length()).split(",\\s*")) {
                    values.add(v.strip());
                }
            } else if (o.role() == Option.Role.OPTION && o.name().equals(name) && o.kind() == Option.Kind.BOOL) {
                values.add("true");
                values.add("false");
            }
        }
        return List.copyOf(values);
    }
}
