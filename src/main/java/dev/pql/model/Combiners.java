package dev.pql.model;

import ai.djl.nn.Block;
import dev.pql.config.CombinerConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The combiner registry, by Ludwig's names. Adding a combiner is one class and one line here; the
 * config stage's variants of {@code combiner} must match (tested).
 */
public final class Combiners {
    private static final Map<String, Function<CombinerConfig, Block>> REGISTRY = new TreeMap<>();

    static {
        REGISTRY.put("concat", ConcatCombiner::new);
        REGISTRY.put("tabnet", TabNetCombiner::new);
    }

    private Combiners() {
    }

    /** The combiner names registered. */
    public static Set<String> names() {
        return REGISTRY.keySet();
    }

    static Block create(CombinerConfig config) {
        String type = config.type() == null ? "concat" : config.type();
        Function<CombinerConfig, Block> f = REGISTRY.get(type);
        if (f == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "No combiner '" + type + "'; PQL has "
                    + String.join(", ", names()) + ".");
        }
        return f.apply(config);
    }
}
