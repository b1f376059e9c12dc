package dev.pql.model;

import ai.djl.nn.Block;
import dev.pql.config.CombinerConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The combiner registry, by Ludwig's names. Adding a combiner is one class and one line here; the
 * config stage's variants of {@code combiner} must match (tested).
 */
public final class Combiners {
    /** Builds a combiner from its config and the input feature names, in the order of their encodings. */
    private static final Map<String, BiFunction<CombinerConfig, List<String>, Block>> REGISTRY = new TreeMap<>();

    static {
        REGISTRY.put("concat", (c, inputs) -> new ConcatCombiner(c));
        REGISTRY.put("tabnet", (c, inputs) -> new TabNetCombiner(c));
        REGISTRY.put("transformer", (c, inputs) -> new TransformerCombiner(c, inputs.size()));
        REGISTRY.put("comparator", ComparatorCombiner::new);
    }

    private Combiners() {
    }

    /** The combiner names registered. */
    public static Set<String> names() {
        return REGISTRY.keySet();
    }

    static Block create(CombinerConfig config, List<String> inputs) {
        String type = config.type() == null ? "concat" : config.type();
        BiFunction<CombinerConfig, List<String>, Block> f = REGISTRY.get(type);
        if (f == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "No combiner '" + type + "'; PQL has "
                    + String.join(", ", names()) + ".");
        }
        return f.apply(config, inputs);
    }
}
