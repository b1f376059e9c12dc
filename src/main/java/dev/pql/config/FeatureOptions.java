package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.COLUMN;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;
import static dev.pql.config.Option.section;
import static dev.pql.config.Option.variant;

import java.util.List;
import java.util.Map;

/**
 * The feature options: per feature, per type's preprocessing, encoders, decoders and losses, and the
 * metrics of each output type. Scopes: {@code input} and {@code output} (every feature),
 * {@code output.<type>}, {@code <type>.preprocessing}, {@code <type>.encoder[.<encoder>]},
 * {@code <type>.decoder}, {@code <type>.loss}.
 *
 * <p>HOW TO ADD AN OPTION: one {@code opt(scope, name, kind, default, check, doc)} line below, plus a
 * record component with the same {@code @JsonProperty} name in {@link FeaturePreprocessing}
 * (OptionRegistryTest checks they agree). Encoders and their options are not here: each encoder's
 * lines come from its options record, registered in {@link dev.pql.config.encoders.EncoderSpecs}.
 * A new input type is a {@link FeatureType} constant plus its {@code <type>.preprocessing} lines and
 * its encoders' registrations (an output type: decoder and loss variants, {@link #METRICS} and
 * {@link #HEADLINE} entries, and its kinds in the later stages: see {@link FeatureType}). Then
 * regenerate docs/config.md ({@code -Dpql.docs.update=true}).
 */
final class FeatureOptions {
    private FeatureOptions() {
    }

    /** Missing-value strategies Ludwig has that PQL's preprocessors do not implement. */
    private static final List<String> LUDWIG_MISSING = List.of("fill_with_const", "fill_with_mode", "fill_with_mean",
            "fill_with_false", "fill_with_true", "bfill", "ffill", "drop_row");

    private static Check missing(String... pql) {
        List<String> others = LUDWIG_MISSING.stream().filter(s -> !List.of(pql).contains(s)).toList();
        return oneOf(List.of(pql), others);
    }

    private static final String CALIBRATION_DOC = "How probabilities are calibrated on held-out rows (the validation "
            + "split, or out-of-fold predictions when trainer.folds > 1): temperature scaling keeps every prediction and "
            + "makes the probabilities honest; isotonic bends each probability to the held-out rows' observed rate (more "
            + "flexible, needs more rows, may move close predictions); none leaves them as trained. Ludwig's true/false read as temperature/none.";

    static final List<Option> ROWS = List.of(
            // ---- every feature
            opt("input", "name", STRING, null, "The feature's name (unique); WITH paths start with it."),
            opt("input", "column", COLUMN, null, "The data column it reads; defaults to the name."),
            opt("input", "type", STRING, null, "The feature type; inferred from the data when left out."),
            section("input", "encoder", true, true, "How the feature is encoded (see the type's encoders)."),
            section("input", "preprocessing", false, true, "How values are cleaned and mapped (see the type's preprocessing)."),
            opt("output", "name", STRING, null, "The feature's name (unique)."),
            opt("output", "column", COLUMN, null, "The data column it predicts; defaults to the name."),
            opt("output", "type", STRING, null, "The output type: binary, category or number."),
            section("output", "preprocessing", false, true, "As for inputs; rows without a target are dropped."),
            section("output", "decoder", true, true, "The output head."),
            section("output", "loss", true, true, "The training loss."),
            opt("output.binary", "threshold", FLOAT, 0.5, range(0, false, 1, false),
                    "Probability from which the prediction is true."),
            opt("output.binary", "calibration", STRING, "temperature", oneOf(List.of("temperature", "isotonic", "none"),
                    List.of()), CALIBRATION_DOC),
            opt("output.category", "calibration", STRING, "temperature", oneOf(List.of("temperature", "isotonic", "none"),
                    List.of()), CALIBRATION_DOC),

            // ---- binary
            opt("binary.preprocessing", "missing_value_strategy", STRING, "fill_with_false",
                    missing("fill_with_false", "fill_with_true", "fill_with_mode", "drop_row"),
                    "What replaces a missing value."),
            variant("binary.decoder", "regressor", true, "A linear unit and a sigmoid."),
            variant("binary.loss", "binary_weighted_cross_entropy", true, "Binary cross-entropy."),

            // ---- number
            opt("number.preprocessing", "missing_value_strategy", STRING, "fill_with_mean",
                    missing("fill_with_mean", "fill_with_const", "fill_with_mode", "drop_row"), "What replaces a missing value."),
            opt("number.preprocessing", "fill_value", FLOAT, 0.0, "The value fill_with_const puts in."),
            opt("number.preprocessing", "normalization", STRING, "zscore", oneOf(List.of("zscore", "minmax", "log1p"),
                    List.of("iq")), "Scaling fitted on the training split."),
            variant("number.decoder", "regressor", true, "A linear unit."),
            variant("number.loss", "mean_squared_error", true, "Squared error on the normalized scale."),

            // ---- category
            opt("category.preprocessing", "missing_value_strategy", STRING, "fill_with_const",
                    missing("fill_with_const", "fill_with_mode", "drop_row"), "What replaces a missing value."),
            opt("category.preprocessing", "fill_value", STRING, "<UNK>", "The category a missing value becomes with "
                    + "fill_with_const (counted as that category when the vocabulary is fitted, as in Ludwig)."),
            opt("category.preprocessing", "most_common", INT, 10000, atLeast(1),
                    "Vocabulary size: rarer values become <UNK> (outputs: the classes kept)."),
            variant("category.decoder", "classifier", true, "A linear layer and a softmax."),
            variant("category.loss", "softmax_cross_entropy", true, "Softmax cross-entropy."),

            // ---- text
            opt("text.preprocessing", "missing_value_strategy", STRING, "fill_with_const", missing("fill_with_const", "drop_row"),
                    "What replaces a missing value."),
            opt("text.preprocessing", "fill_value", STRING, "", "The text a missing value becomes."),
            opt("text.preprocessing", "tokenizer", STRING, "space_punct", oneOf(List.of("space", "space_punct", "characters", "ngram"),
                    List.of("underscore", "comma", "untokenized", "stripped", "punctuation",
                            "english_tokenize", "english_lemmatize", "hf_tokenizer", "sentencepiece")),
                    "How text is split into tokens."),
            opt("text.preprocessing", "lowercase", BOOL, true, "Lower-case the text before tokenizing."),
            opt("text.preprocessing", "most_common", INT, 20000, atLeast(1), "Vocabulary size: rarer tokens become <UNK>."),
            opt("text.preprocessing", "max_sequence_length", INT, 256, atLeast(1), "Tokens kept per value."));

    /** The metrics each output type reports (as the trainer names them); {@code loss} is always one. */
    static final Map<FeatureType, List<String>> METRICS = Map.of(
            FeatureType.CATEGORY, List.of("loss", "accuracy", "precision_macro", "recall_macro", "f1_macro", "hits_at_k"),
            FeatureType.BINARY, List.of("loss", "accuracy", "precision", "recall", "f1", "roc_auc"),
            FeatureType.NUMBER, List.of("loss", "mae", "rmse", "r2"),
            FeatureType.SET, List.of("loss", "jaccard", "precision", "recall", "f1"));

    /** The one metric that sums up a model of each output type (the CREATE MODEL result's {@code metric}). */
    static final Map<FeatureType, String> HEADLINE = Map.of(FeatureType.CATEGORY, "accuracy", FeatureType.BINARY,
            "accuracy", FeatureType.NUMBER, "r2", FeatureType.SET, "jaccard");

    /** Metrics Ludwig reports that PQL does not compute yet. */
    static final List<String> LUDWIG_METRICS = List.of("specificity", "mean_squared_error",
            "root_mean_squared_percentage_error", "mean_absolute_percentage_error", "token_accuracy",
            "combined_loss", "last_accuracy", "perplexity", "sequence_accuracy", "edit_distance");

    /** Every feature type Ludwig has (PQL's are the ones with encoders or decoders above). */
    static final List<String> LUDWIG_TYPES = List.copyOf(LudwigSchema.featureTypes());
}
