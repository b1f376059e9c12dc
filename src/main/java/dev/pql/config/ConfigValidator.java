package dev.pql.config;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a bound config's values: names, encoder names per feature type, option ranges. Errors
 * name the path and what is allowed; an option Ludwig has but PQL does not yet is said as such.
 */
public final class ConfigValidator {
    /** Encoders PQL implements, per input type (the model stage's registry must match: see its test). */
    public static final Map<FeatureType, List<String>> ENCODERS = Map.of(
            FeatureType.TEXT, List.of("embed", "parallel_cnn"),
            FeatureType.CATEGORY, List.of("dense"),
            FeatureType.NUMBER, List.of("passthrough"),
            FeatureType.BINARY, List.of("passthrough"),
            FeatureType.DATE, List.of());
    /** Encoder names Ludwig knows that PQL does not implement yet. */
    static final Set<String> LUDWIG_ONLY_ENCODERS = Set.of("rnn", "stacked_cnn", "stacked_parallel_cnn", "cnnrnn",
            "transformer", "bert", "t5", "sparse", "onehot", "dense", "embed", "auto_transformer", "tf_idf");
    static final List<String> TOKENIZERS = List.of("space", "space_punct");
    static final List<String> NORMALIZATIONS = List.of("zscore", "minmax");
    static final List<String> OPTIMIZERS = List.of("adam", "sgd");
    static final List<String> REDUCE = List.of("mean", "sum", "max");
    static final List<String> MISSING = List.of("fill_with_const", "fill_with_mode", "fill_with_mean",
            "fill_with_false", "drop_row");

    private ConfigValidator() {
    }

    public static void validate(ModelConfig c) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < c.outputFeatures().size(); i++) {
            feature(c.outputFeatures().get(i), "output_features[" + i + "]", names, false);
        }
        for (int i = 0; i < c.inputFeatures().size(); i++) {
            feature(c.inputFeatures().get(i), "input_features[" + i + "]", names, true);
        }
        if (c.outputFeatures().isEmpty()) {
            fail("output_features", "is empty; a model predicts at least one feature");
        }
        if (c.outputFeatures().size() > 1) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "Several output features ("
                    + c.outputFeatures().size() + ") are valid in Ludwig but not supported by PQL yet; predict one target.");
        }
        oneOf("combiner.type", c.combiner().type(), List.of("concat"));
        atLeast("combiner.num_fc_layers", c.combiner().numFcLayers(), 0);
        atLeast("combiner.output_size", c.combiner().outputSize(), 1);
        fraction("combiner.dropout", c.combiner().dropout());
        TrainerConfig t = c.trainer();
        atLeast("trainer.epochs", t.epochs(), 1);
        atLeast("trainer.batch_size", t.batchSize(), 1);
        if (t.learningRate() == null || t.learningRate() <= 0 || t.learningRate() > 10) {
            fail("trainer.learning_rate", "must be in (0, 10], got " + t.learningRate());
        }
        oneOf("trainer.optimizer.type", t.optimizer().type(), OPTIMIZERS);
        atLeast("trainer.early_stop", t.earlyStop(), -1);
        oneOf("trainer.validation_metric", t.validationMetric(), metricsFor(c.outputFeatures().get(0).type()));
        oneOf("preprocessing.split.type", c.preprocessing().split().type(), List.of("random"));
        List<Double> p = c.preprocessing().split().probabilities();
        if (p == null || p.size() != 3 || p.stream().anyMatch(x -> x < 0) || Math.abs(p.stream().mapToDouble(x -> x).sum() - 1) > 1e-6
                || p.get(0) <= 0) {
            fail("preprocessing.split.probabilities", "must be three shares (train, validation, test) that sum to 1, got " + p);
        }
    }

    /** The metrics an output type reports; {@code loss} is always valid. */
    public static List<String> metricsFor(FeatureType type) {
        return switch (type) {
            case CATEGORY, BINARY -> List.of("loss", "accuracy");
            case NUMBER -> List.of("loss", "mae", "rmse", "r2");
            default -> List.of("loss");
        };
    }

    private static void feature(FeatureConfig f, String path, Set<String> names, boolean input) {
        if (f.name() == null || f.name().isBlank()) {
            fail(path + ".name", "is missing");
        }
        if (!names.add(f.name().toLowerCase(Locale.ROOT))) {
            fail(path + ".name", "'" + f.name() + "' is used by another feature; feature names are unique");
        }
        if (f.type() == null) {
            fail(path + ".type", "is missing");
        }
        if (!input && !List.of(FeatureType.CATEGORY, FeatureType.BINARY, FeatureType.NUMBER).contains(f.type())) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "At '" + path + ".type': " + f.type().ludwigName()
                    + " outputs are valid in Ludwig but not supported by PQL yet; use category, binary or number.");
        }
        FeaturePreprocessing pp = f.preprocessing();
        if (pp != null) {
            oneOf(path + ".preprocessing.missing_value_strategy", pp.missingValueStrategy(), MISSING);
            oneOf(path + ".preprocessing.tokenizer", pp.tokenizer(), TOKENIZERS);
            oneOf(path + ".preprocessing.normalization", pp.normalization(), NORMALIZATIONS);
            atLeast(path + ".preprocessing.most_common", pp.mostCommon(), 1);
            atLeast(path + ".preprocessing.max_sequence_length", pp.maxSequenceLength(), 1);
        }
        if (input) {
            encoder(f, path);
        } else if (f.encoder() != null) {
            fail(path + ".encoder", "is for input features; outputs are decoded by their type");
        }
    }

    private static void encoder(FeatureConfig f, String path) {
        EncoderConfig e = f.encoder();
        List<String> known = ENCODERS.get(f.type());
        if (f.type() == FeatureType.DATE) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "At '" + path + "': date input features are valid in Ludwig "
                    + "but not supported by PQL yet; cast the column to text or numbers, or leave it out.");
        }
        if (!known.contains(e.type())) {
            if (LUDWIG_ONLY_ENCODERS.contains(e.type())) {
                throw new PqlException(ErrorCode.NOT_SUPPORTED, "At '" + path + ".encoder.type': encoder '" + e.type()
                        + "' for " + f.type().ludwigName() + " features is valid in Ludwig but not supported by PQL yet; "
                        + "PQL has " + String.join(", ", known) + ".");
            }
            fail(path + ".encoder.type", "unknown encoder '" + e.type() + "' for " + f.type().ludwigName()
                    + " features; allowed: " + String.join(", ", known) + "." + Suggestions.didYouMean(e.type(), known));
        }
        atLeast(path + ".encoder.embedding_size", e.embeddingSize(), 1);
        atLeast(path + ".encoder.num_filters", e.numFilters(), 1);
        oneOf(path + ".encoder.reduce_output", e.reduceOutput(), REDUCE);
        fraction(path + ".encoder.dropout", e.dropout());
        if (e.filterSizes() != null && (e.filterSizes().isEmpty() || e.filterSizes().stream().anyMatch(s -> s < 1))) {
            fail(path + ".encoder.filter_sizes", "must be a non-empty list of positive sizes, got " + e.filterSizes());
        }
    }

    private static void oneOf(String path, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            fail(path, "'" + value + "' is not allowed; expected one of " + String.join(", ", allowed) + "."
                    + Suggestions.didYouMean(value, allowed));
        }
    }

    private static void atLeast(String path, Integer value, int min) {
        if (value != null && value < min) {
            fail(path, "must be at least " + min + ", got " + value);
        }
    }

    private static void fraction(String path, Double value) {
        if (value != null && (value < 0 || value >= 1)) {
            fail(path, "must be in [0, 1), got " + value);
        }
    }

    private static void fail(String path, String what) {
        throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + path + "': " + what);
    }
}
