package dev.pql.model;

import ai.djl.nn.Block;
import dev.pql.config.EncoderConfig;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The encoder registry, keyed by (feature type, encoder name) as Ludwig's is. Adding an encoder is
 * one class and one line here; the config stage's list of names must match (tested).
 */
public final class Encoders {
    /** Builds an encoder block from the feature's resolved config and its vocabulary size. */
    @FunctionalInterface
    interface Factory {
        Block create(EncoderConfig config, int vocabularySize);
    }

    private static final Map<FeatureType, Map<String, Factory>> REGISTRY = new HashMap<>();

    static {
        register(FeatureType.NUMBER, "passthrough", (c, v) -> new PassthroughEncoder());
        register(FeatureType.BINARY, "passthrough", (c, v) -> new PassthroughEncoder());
        register(FeatureType.CATEGORY, "dense", (c, v) -> new DenseCategoryEncoder(v, c.embeddingSize()));
        register(FeatureType.TEXT, "embed", (c, v) -> new EmbedTextEncoder(v, c.embeddingSize(), c.reduceOutput()));
        register(FeatureType.TEXT, "parallel_cnn", (c, v) -> new ParallelCnnEncoder(v, c.embeddingSize(),
                c.numFilters(), c.filterSizes(), c.dropout()));
    }

    private Encoders() {
    }

    private static void register(FeatureType type, String name, Factory factory) {
        REGISTRY.computeIfAbsent(type, t -> new HashMap<>()).put(name, factory);
    }

    /** The encoder names registered for a feature type. */
    public static Set<String> names(FeatureType type) {
        return REGISTRY.getOrDefault(type, Map.of()).keySet();
    }

    static Block create(FeatureConfig feature, int vocabularySize) {
        Factory f = REGISTRY.getOrDefault(feature.type(), Map.of()).get(feature.encoder().type());
        if (f == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "No encoder '" + feature.encoder().type() + "' for "
                    + feature.type().ludwigName() + " feature '" + feature.name() + "'.");
        }
        return f.create(feature.encoder(), vocabularySize);
    }
}
