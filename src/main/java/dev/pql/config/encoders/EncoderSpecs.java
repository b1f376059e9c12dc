package dev.pql.config.encoders;

import static dev.pql.config.FeatureType.BAG;
import static dev.pql.config.FeatureType.BINARY;
import static dev.pql.config.FeatureType.CATEGORY;
import static dev.pql.config.FeatureType.DATE;
import static dev.pql.config.FeatureType.IMAGE;
import static dev.pql.config.FeatureType.NUMBER;
import static dev.pql.config.FeatureType.SEQUENCE;
import static dev.pql.config.FeatureType.SET;
import static dev.pql.config.FeatureType.TEXT;
import static dev.pql.config.FeatureType.TIMESERIES;
import static dev.pql.config.FeatureType.VECTOR;

import dev.pql.config.FeatureType;
import dev.pql.config.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The config's encoder registry: which (feature type, encoder name) binds to which options record,
 * with the record's option lines. The same name means different things per type (number
 * {@code dense} is layers, category {@code dense} an embedding), so each line names both. A type's
 * encoders are listed in the order the docs show them, its default first-marked.
 *
 * <p>HOW TO ADD AN ENCODER: its options record in this package (components with their Ludwig
 * names, and a static {@code options(scope)} with one line per component), one {@code spec(...)}
 * line here, and its block and registration in {@code dev.pql.model.Encoders} (EncodersTest fails
 * when the two registries disagree). Then regenerate docs/config.md.
 */
public final class EncoderSpecs {
    private static final boolean DEFAULT = true;
    private static final boolean OTHER = false;
    /** Bag-like encoders (no recurrence, attention or deep stacks), which train well with a high learning rate. */
    private static final boolean SHALLOW = true;
    private static final boolean DEEP = false;

    private static final List<EncoderSpec> ALL = List.of(
            spec(BINARY, "passthrough", DEFAULT, SHALLOW, "The 0/1 value as is.", PassthroughOptions.class,
                    PassthroughOptions::options),
            spec(BINARY, "dense", OTHER, SHALLOW, "Fully connected ReLU layers on the value.", DenseOptions.class,
                    s -> DenseOptions.options(s, 16)),
            spec(NUMBER, "passthrough", DEFAULT, SHALLOW, "The normalized value as is.", PassthroughOptions.class,
                    PassthroughOptions::options),
            spec(NUMBER, "dense", OTHER, SHALLOW, "Fully connected ReLU layers on the value.", DenseOptions.class,
                    s -> DenseOptions.options(s, 16)),
            spec(NUMBER, "piecewise", OTHER, SHALLOW, "The value and its piecewise-linear encoding over quantile bins "
                    + "of the training data (lets the combiner bend at thresholds, as trees do).", PiecewiseOptions.class,
                    PiecewiseOptions::options),
            spec(CATEGORY, "dense", DEFAULT, SHALLOW, "A learned embedding per category.", CategoryDenseOptions.class,
                    CategoryDenseOptions::options),
            spec(CATEGORY, "sparse", OTHER, SHALLOW, "A one-hot vector over the vocabulary.", SparseOptions.class,
                    SparseOptions::options),
            // text and sequence share their encoders; only text has the pretrained one
            spec(TEXT, "embed", DEFAULT, SHALLOW, Docs.EMBED, EmbedOptions.class, EmbedOptions::options),
            spec(TEXT, "parallel_cnn", OTHER, SHALLOW, Docs.PARALLEL_CNN, ParallelCnnOptions.class,
                    s -> ParallelCnnOptions.options(s, List.of("sum", "mean", "last", "concat", "attention", "none"))),
            spec(TEXT, "stacked_cnn", OTHER, DEEP, Docs.STACKED_CNN, StackedCnnOptions.class, StackedCnnOptions::options),
            spec(TEXT, "rnn", OTHER, DEEP, Docs.RNN, RnnOptions.class, RnnOptions::options),
            spec(TEXT, "cnnrnn", OTHER, DEEP, Docs.CNNRNN, CnnRnnOptions.class, CnnRnnOptions::options),
            spec(TEXT, "transformer", OTHER, DEEP, Docs.TRANSFORMER, TransformerOptions.class, TransformerOptions::options),
            spec(TEXT, "auto_transformer", OTHER, DEEP, PretrainedTextOptions.doc("auto_transformer"),
                    PretrainedTextOptions.class, PretrainedTextOptions::options),
            spec(TEXT, "minilm", OTHER, DEEP, PretrainedTextOptions.doc("minilm"), PretrainedTextOptions.class,
                    PretrainedTextOptions::options),
            spec(SEQUENCE, "embed", DEFAULT, SHALLOW, Docs.EMBED, EmbedOptions.class, EmbedOptions::options),
            spec(SEQUENCE, "parallel_cnn", OTHER, SHALLOW, Docs.PARALLEL_CNN, ParallelCnnOptions.class,
                    s -> ParallelCnnOptions.options(s, List.of("sum", "mean"))),
            spec(SEQUENCE, "stacked_cnn", OTHER, DEEP, Docs.STACKED_CNN, StackedCnnOptions.class, StackedCnnOptions::options),
            spec(SEQUENCE, "rnn", OTHER, DEEP, Docs.RNN, RnnOptions.class, RnnOptions::options),
            spec(SEQUENCE, "cnnrnn", OTHER, DEEP, Docs.CNNRNN, CnnRnnOptions.class, CnnRnnOptions::options),
            spec(SEQUENCE, "transformer", OTHER, DEEP, Docs.TRANSFORMER, TransformerOptions.class,
                    TransformerOptions::options),
            spec(SET, "embed", DEFAULT, SHALLOW, Docs.SET_EMBED, SetEmbedOptions.class, SetEmbedOptions::options),
            spec(BAG, "embed", DEFAULT, SHALLOW, Docs.SET_EMBED, SetEmbedOptions.class, SetEmbedOptions::options),
            spec(VECTOR, "dense", DEFAULT, SHALLOW, "Fully connected ReLU layers.", DenseOptions.class,
                    s -> DenseOptions.options(s, 64)),
            spec(VECTOR, "passthrough", OTHER, SHALLOW, "The numbers as they are.", PassthroughOptions.class,
                    PassthroughOptions::options),
            spec(DATE, "embed", DEFAULT, SHALLOW, "Embeddings of month, day, weekday, day of year, hour, minute and "
                    + "second, beside the year and the time of day.", DateEmbedOptions.class, DateEmbedOptions::options),
            spec(TIMESERIES, "dense", DEFAULT, SHALLOW, "Fully connected ReLU layers on the padded series (Ludwig's "
                    + "default, parallel_cnn, is not in PQL yet: set it to get a 0A000).", DenseOptions.class,
                    s -> DenseOptions.options(s, 256)),
            spec(TIMESERIES, "passthrough", OTHER, SHALLOW, "The padded series as it is.", PassthroughOptions.class,
                    PassthroughOptions::options),
            spec(IMAGE, "stacked_cnn", DEFAULT, DEEP, "Ludwig's Stacked2DCNN, trained from scratch: 2-d convolutions, "
                    + "each followed by pooling, then fully connected layers.", ImageCnnOptions.class,
                    ImageCnnOptions::options));

    /** Every encoder's lines of the option registry (variants and options), in the order above. */
    public static final List<Option> ROWS = ALL.stream().flatMap(s -> s.rows().stream()).toList();

    private EncoderSpecs() {
    }

    private static EncoderSpec spec(FeatureType type, String name, boolean isDefault, boolean shallow, String doc,
                                    Class<? extends EncoderOptions> options, Function<String, List<Option>> lines) {
        return new EncoderSpec(type, name, isDefault, shallow, doc, options,
                lines.apply(type.ludwigName() + ".encoder." + name));
    }

    /** Every registered encoder, in registry order. */
    public static List<EncoderSpec> all() {
        return ALL;
    }

    /** The encoder {@code name} of feature type {@code type}, or null when PQL has none by that name. */
    public static EncoderSpec find(FeatureType type, String name) {
        for (EncoderSpec s : ALL) {
            if (s.type() == type && s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The type's default encoder (the one a section without {@code type} gets), or null when it has none. */
    public static EncoderSpec defaultOf(FeatureType type) {
        return ALL.stream().filter(s -> s.type() == type && s.isDefault()).findFirst().orElse(null);
    }

    /** The names of a type's encoders, in registry order. */
    public static List<String> names(FeatureType type) {
        List<String> out = new ArrayList<>();
        ALL.stream().filter(s -> s.type() == type).forEach(s -> out.add(s.name()));
        return out;
    }

    /** Variant docs that text and sequence share. */
    private static final class Docs {
        static final String EMBED = "Token embeddings reduced over the sequence.";
        static final String PARALLEL_CNN = "Parallel 1-D convolutions of several widths, max-pooled.";
        static final String STACKED_CNN = "1-D convolutions one after another, then a reduction.";
        static final String RNN = "A recurrent layer stack (rnn, lstm or gru cells).";
        static final String CNNRNN = "Convolutions, then a recurrent layer stack.";
        static final String TRANSFORMER = "Self-attention layers over token and position embeddings.";
        static final String SET_EMBED = "The sum of the members' embeddings (weighted by count for a bag).";
    }
}
