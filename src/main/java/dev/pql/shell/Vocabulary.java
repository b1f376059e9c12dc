package dev.pql.shell;

import java.util.List;
import java.util.Map;

/**
 * The words the shell completes that no database metadata lists: keywords, feature types, encoder
 * names, config paths and their values. Kept here rather than read from the engine because the
 * shell is a plain JDBC client; the lists follow the language documentation.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Words that start a statement. */
  static final List<String> STATEMENT_START = List.of("SELECT", "CREATE", "PREDICT", "EVALUATE",
      "SHOW", "DESCRIBE", "DROP", "INSERT", "UPDATE", "DELETE", "WITH", "ALTER", "EXPLAIN",
      "VALUES", "MERGE", "TRUNCATE", "ATTACH", "DETACH");

  /** Keywords offered in the middle of a statement (PQL's and the common SQL ones). */
  static final List<String> KEYWORDS = List.of("SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER",
      "HAVING", "LIMIT", "OFFSET", "JOIN", "LEFT", "INNER", "OUTER", "ON", "AS", "AND", "OR",
      "NOT", "NULL", "IS", "IN", "LIKE", "BETWEEN", "DISTINCT", "COUNT", "CASE", "WHEN", "THEN",
      "ELSE", "END", "UNION", "ALL", "DESC", "ASC", "INSERT", "INTO", "VALUES", "UPDATE", "SET",
      "DELETE", "CREATE", "TABLE", "DROP", "MODEL", "MODELS", "PREDICT", "GIVEN", "USING",
      "VERSION", "WITH", "CONFIDENCE", "PROBABILITIES", "ENCODER", "EVALUATE", "SHOW",
      "DESCRIBE", "REPLACE", "IF", "EXISTS", "CSVREAD", "DRIFT", "REPORT", "TRIALS");

  /** Feature types a GIVEN or PREDICT column may name. */
  static final List<String> FEATURE_TYPES = List.of("TEXT", "CATEGORY", "NUMBER", "BINARY",
      "DATE");

  /** Encoder names by feature type (lower case); the key "" lists all of them. */
  static final Map<String, List<String>> ENCODERS = Map.of(
      "text", List.of("embed", "parallel_cnn"),
      "category", List.of("dense"),
      "number", List.of("passthrough"),
      "binary", List.of("passthrough"),
      "", List.of("embed", "parallel_cnn", "dense", "passthrough"));

  /** Model-wide config paths for {@code WITH (...)}. */
  static final List<String> CONFIG_PATHS = List.of("trainer.epochs", "trainer.batch_size",
      "trainer.learning_rate", "trainer.optimizer.type", "trainer.early_stop",
      "trainer.validation_metric", "combiner.num_fc_layers", "combiner.output_size",
      "combiner.dropout", "preprocessing.split.probabilities", "random_seed", "model_type",
      "trainer.folds", "trainer.num_boost_round", "trainer.num_leaves", "trainer.min_data_in_leaf");

  /** Per-feature encoder options, also valid inside a feature's {@code (k = v)} list. */
  static final List<String> ENCODER_OPTIONS = List.of("embedding_size", "num_filters",
      "filter_sizes", "reduce_output", "dropout");

  /** Per-feature preprocessing options, also valid inside a feature's {@code (k = v)} list. */
  static final List<String> PREPROCESSING_OPTIONS = List.of("tokenizer", "lowercase",
      "most_common", "max_sequence_length", "missing_value_strategy", "fill_value",
      "normalization");

  /** Known values of a setting, by the last part(s) of its path. */
  static final Map<String, List<String>> VALUES = Map.of(
      "optimizer.type", List.of("adam", "sgd"),
      "encoder.type", ENCODERS.get(""),
      "tokenizer", List.of("space", "space_punct"),
      "reduce_output", List.of("mean", "sum", "max"),
      "normalization", List.of("zscore", "minmax"),
      "missing_value_strategy", List.of("fill_with_const", "fill_with_mode", "fill_with_mean",
          "fill_with_false", "drop_row"),
      "lowercase", List.of("true", "false"),
      "validation_metric", List.of("loss", "accuracy"));

  /** The config paths of one feature, {@code <feature>.encoder.*} and {@code .preprocessing.*}. */
  static List<String> featurePaths(String feature) {
    List<String> out = new java.util.ArrayList<>();
    out.add(feature + ".encoder.type");
    for (String o : ENCODER_OPTIONS) {
      out.add(feature + ".encoder." + o);
    }
    for (String o : PREPROCESSING_OPTIONS) {
      out.add(feature + ".preprocessing." + o);
    }
    return out;
  }

  /** The known values for a setting at {@code path}, or an empty list. */
  static List<String> valuesFor(String path) {
    String p = path.toLowerCase(java.util.Locale.ROOT);
    for (Map.Entry<String, List<String>> e : VALUES.entrySet()) {
      if (p.equals(e.getKey()) || p.endsWith("." + e.getKey())) {
        return e.getValue();
      }
    }
    return List.of();
  }
}
