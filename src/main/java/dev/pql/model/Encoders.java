package dev.pql.model;

import ai.djl.nn.Block;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.encoders.CategoryDenseOptions;
import dev.pql.config.encoders.CnnRnnOptions;
import dev.pql.config.encoders.DateEmbedOptions;
import dev.pql.config.encoders.DenseOptions;
import dev.pql.config.encoders.EmbedOptions;
import dev.pql.config.encoders.EncoderOptions;
import dev.pql.config.encoders.EncoderSpecs;
import dev.pql.config.encoders.ImageCnnOptions;
import dev.pql.config.encoders.ParallelCnnOptions;
import dev.pql.config.encoders.PassthroughOptions;
import dev.pql.config.encoders.PiecewiseOptions;
import dev.pql.config.encoders.PretrainedTextOptions;
import dev.pql.config.encoders.RnnOptions;
import dev.pql.config.encoders.SetEmbedOptions;
import dev.pql.config.encoders.SparseOptions;
import dev.pql.config.encoders.StackedCnnOptions;
import dev.pql.config.encoders.TransformerOptions;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.ImageProcessor;
import dev.pql.features.NumberProcessor;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.Map;
import java.util.Set;

/**
 * The encoder blocks, keyed by the class of the options record a feature's encoder section binds to
 * (the config stage's {@link EncoderSpecs} says which (feature type, name) binds to which record), as
 * Ludwig's combiners dispatch on their config's class. Adding an encoder is its block, its options
 * record and spec line in the config stage, and one {@code register} line here; EncodersTest fails
 * when a record has no block or a block no record.
 */
public final class Encoders {
    /** Builds an encoder block from its bound options and the feature's fitted processor (vocabulary size, bins). */
    @FunctionalInterface
    interface Factory<O extends EncoderOptions> {
        Block create(O options, FeatureProcessor processor);
    }

    private static final Map<Class<? extends EncoderOptions>, Factory<?>> REGISTRY = registry();

    private Encoders() {
    }

    private static Map<Class<? extends EncoderOptions>, Factory<?>> registry() {
        Map<Class<? extends EncoderOptions>, Factory<?>> r = new LinkedHashMap<>();
        register(r, PassthroughOptions.class, (o, p) -> new PassthroughEncoder());
        register(r, DenseOptions.class, (o, p) -> new DenseEncoder(o.outputSize(), o.numLayers(), o.dropout()));
        register(r, PiecewiseOptions.class, (o, p) -> new PiecewiseNumberEncoder(
                ((NumberProcessor) p).normalizedEdges(o.numBins())));
        register(r, CategoryDenseOptions.class, (o, p) -> new DenseCategoryEncoder(p.vocabularySize(), o.embeddingSize()));
        register(r, SparseOptions.class, (o, p) -> new SparseCategoryEncoder(p.vocabularySize()));
        register(r, EmbedOptions.class, (o, p) -> new EmbedTextEncoder(p.vocabularySize(), o.embeddingSize(),
                o.reduceOutput(), o.dropout()));
        register(r, ParallelCnnOptions.class, (o, p) -> new ParallelCnnEncoder(p.vocabularySize(), o.embeddingSize(),
                o.numFilters(), o.filterSizes(), o.dropout()));
        register(r, StackedCnnOptions.class, (o, p) -> new StackedCnnEncoder(p.vocabularySize(), o));
        register(r, RnnOptions.class, (o, p) -> RnnEncoder.of(p.vocabularySize(), o));
        register(r, CnnRnnOptions.class, (o, p) -> RnnEncoder.of(p.vocabularySize(), o));
        register(r, TransformerOptions.class, (o, p) -> new TransformerEncoder(p.vocabularySize(), o,
                p.config().preprocessing().maxSequenceLength()));
        // A set is multi-hot, a bag counts: both are a weighted sum of item embeddings.
        register(r, SetEmbedOptions.class, (o, p) -> new SetEmbedEncoder(p.vocabularySize(), o.embeddingSize(), o.dropout()));
        // The image processor's rows are (C * H * W) pixels; the encoder needs the size it fitted.
        register(r, ImageCnnOptions.class, (o, p) -> new ImageCnnEncoder(o, p.config().name(),
                ((ImageProcessor) p).channels(), ((ImageProcessor) p).height(), ((ImageProcessor) p).width()));
        // Pretrained text arrives as its frozen MiniLM embedding (PretrainedTextProcessor): the trainable head is one dense layer.
        register(r, PretrainedTextOptions.class, (o, p) -> new DenseEncoder(o.outputSize(), 1, o.dropout()));
        register(r, DateEmbedOptions.class, (o, p) -> new DateEmbedEncoder(o.embeddingSize(), o.dropout()));
        return Map.copyOf(r);
    }

    private static <O extends EncoderOptions> void register(Map<Class<? extends EncoderOptions>, Factory<?>> r,
                                                            Class<O> options, Factory<O> factory) {
        r.put(options, factory);
    }

    /** The options records that have a block. */
    static Set<Class<? extends EncoderOptions>> records() {
        return REGISTRY.keySet();
    }

    /** The encoder names of a feature type that have a block (the config's names, when the two agree as tested). */
    public static Set<String> names(FeatureType type) {
        Set<String> out = new TreeSet<>();
        EncoderSpecs.all().stream().filter(s -> s.type() == type && REGISTRY.containsKey(s.options()))
                .forEach(s -> out.add(s.name()));
        return out;
    }

    static Block create(FeatureConfig feature, FeatureProcessor processor) {
        EncoderOptions options = feature.encoder().options();
        Factory<?> f = REGISTRY.get(options.getClass());
        if (f == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "No encoder '" + feature.encoder().type() + "' for "
                    + feature.type().ludwigName() + " feature '" + feature.name() + "'; PQL has "
                    + String.join(", ", names(feature.type())) + ".");
        }
        return build(f, options, processor);
    }

    @SuppressWarnings("unchecked") // the registry pairs each record class with a factory of that class
    private static <O extends EncoderOptions> Block build(Factory<O> factory, EncoderOptions options, FeatureProcessor p) {
        return factory.create((O) options, p);
    }
}
