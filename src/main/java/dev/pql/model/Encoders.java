package dev.pql.model;

import ai.djl.nn.Block;
import dev.pql.config.EncoderConfig;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.ImageProcessor;
import dev.pql.features.NumberProcessor;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The encoder registry, keyed by (feature type, encoder name) as Ludwig's is. Adding an encoder is
 * one class and one line here; the config stage's list of names must match (tested).
 */
public final class Encoders {
    /** Builds an encoder block from the feature's resolved encoder config and its fitted processor. */
    @FunctionalInterface
    interface Factory {
        Block create(EncoderConfig config, FeatureProcessor processor);
    }

    private static final Map<FeatureType, Map<String, Factory>> REGISTRY = new EnumMap<>(FeatureType.class);

    static {
        for (FeatureType t : new FeatureType[] {FeatureType.NUMBER, FeatureType.BINARY}) {
            register(t, "passthrough", (c, p) -> new PassthroughEncoder());
            register(t, "dense", (c, p) -> new DenseEncoder(c.outputSize(), c.numLayers(), c.dropout()));
        }
        register(FeatureType.NUMBER, "piecewise", (c, p) -> new PiecewiseNumberEncoder(
                ((NumberProcessor) p).normalizedEdges(c.numBins())));
        register(FeatureType.CATEGORY, "dense", (c, p) -> new DenseCategoryEncoder(p.vocabularySize(), c.embeddingSize()));
        register(FeatureType.CATEGORY, "sparse", (c, p) -> new SparseCategoryEncoder(p.vocabularySize()));
        for (FeatureType t : new FeatureType[] {FeatureType.TEXT, FeatureType.SEQUENCE}) {
            register(t, "embed", (c, p) -> new EmbedTextEncoder(p.vocabularySize(), c.embeddingSize(), c.reduceOutput(),
                    c.dropout()));
            register(t, "parallel_cnn", (c, p) -> new ParallelCnnEncoder(p.vocabularySize(), c.embeddingSize(),
                    c.numFilters(), c.filterSizes(), c.dropout()));
            register(t, "stacked_cnn", (c, p) -> new StackedCnnEncoder(p.vocabularySize(), c));
            register(t, "rnn", (c, p) -> new RnnEncoder(p.vocabularySize(), c, false));
            register(t, "cnnrnn", (c, p) -> new RnnEncoder(p.vocabularySize(), c, true));
            register(t, "transformer", (c, p) -> new TransformerEncoder(p.vocabularySize(), c,
                    p.config().preprocessing().maxSequenceLength()));
        }
        // A set is multi-hot, a bag counts: both are a weighted sum of item embeddings.
        register(FeatureType.SET, "embed", (c, p) -> new SetEmbedEncoder(p.vocabularySize(), c.embeddingSize(), c.dropout()));
        register(FeatureType.BAG, "embed", (c, p) -> new SetEmbedEncoder(p.vocabularySize(), c.embeddingSize(), c.dropout()));
        register(FeatureType.VECTOR, "passthrough", (c, p) -> new PassthroughEncoder());
        register(FeatureType.VECTOR, "dense", (c, p) -> new DenseEncoder(c.outputSize(), c.numLayers(), c.dropout()));
        // A timeseries is its padded numbers, as a vector is.
        register(FeatureType.TIMESERIES, "passthrough", (c, p) -> new PassthroughEncoder());
        register(FeatureType.TIMESERIES, "dense", (c, p) -> new DenseEncoder(c.outputSize(), c.numLayers(), c.dropout()));
        // The image processor's rows are (C * H * W) pixels; the encoder needs the size it fitted.
        register(FeatureType.IMAGE, "stacked_cnn", (c, p) -> new ImageCnnEncoder(c, p.config().name(),
                ((ImageProcessor) p).channels(), ((ImageProcessor) p).height(), ((ImageProcessor) p).width()));
        // Pretrained text arrives as its frozen MiniLM embedding (PretrainedTextProcessor): the trainable head is one dense layer.
        for (String pretrained : new String[] {"auto_transformer", "minilm"}) {
            register(FeatureType.TEXT, pretrained, (c, p) -> new DenseEncoder(c.outputSize(), 1, c.dropout()));
        }
        register(FeatureType.DATE, "embed", (c, p) -> new DateEmbedEncoder(c.embeddingSize(), c.dropout()));
    }

    private Encoders() {
    }

    private static void register(FeatureType type, String name, Factory factory) {
        REGISTRY.computeIfAbsent(type, t -> new TreeMap<>()).put(name, factory);
    }

    /** The encoder names registered for a feature type. */
    public static Set<String> names(FeatureType type) {
        return REGISTRY.getOrDefault(type, Map.of()).keySet();
    }

    static Block create(FeatureConfig feature, FeatureProcessor processor) {
        Factory f = REGISTRY.getOrDefault(feature.type(), Map.of()).get(feature.encoder().type());
        if (f == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "No encoder '" + feature.encoder().type() + "' for "
                    + feature.type().ludwigName() + " feature '" + feature.name() + "'; PQL has "
                    + String.join(", ", names(feature.type())) + ".");
        }
        return f.create(feature.encoder(), processor);
    }
}
