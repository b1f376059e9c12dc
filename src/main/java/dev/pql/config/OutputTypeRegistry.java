package dev.pql.config;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One stage's per-output-type parts, keyed by feature type: what each stage's registry of output
 * kinds is built on ({@code model/HeadKinds}, {@code train/OutputKinds}, {@code exec/FeatureKinds}).
 * Asking for a type without a part is an error that names the types there are.
 *
 * @param <K> the stage's per-type interface
 */
public final class OutputTypeRegistry<K> {
    private final Map<FeatureType, K> parts = new EnumMap<>(FeatureType.class);

    @SafeVarargs
    public OutputTypeRegistry(Function<K, FeatureType> typeOf, K... kinds) {
        for (K k : kinds) {
            parts.put(typeOf.apply(k), k);
        }
    }

    public K of(FeatureType type) {
        K k = parts.get(type);
        if (k == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "PQL does not predict " + type.ludwigName() + " outputs; it "
                    + "predicts " + String.join(", ", types().stream().map(FeatureType::ludwigName).toList()) + ".");
        }
        return k;
    }

    /** The types registered, in the enum's order. */
    public List<FeatureType> types() {
        return List.copyOf(parts.keySet());
    }
}
