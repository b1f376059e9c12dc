package dev.pql.model;

import dev.pql.config.FeatureType;
import dev.pql.config.OutputTypeRegistry;
import java.util.List;

/**
 * The model stage's output heads by feature type: one entry per output type. {@code FeatureKindsTest}
 * fails when a type the config accepts as an output has no entry here.
 */
public final class HeadKinds {
    private static final OutputTypeRegistry<HeadKind> REGISTRY = new OutputTypeRegistry<>(HeadKind::type,
            new BinaryHead(), new NumberHead(), new CategoryHead(), new SetHead());

    private HeadKinds() {
    }

    public static HeadKind of(FeatureType type) {
        return REGISTRY.of(type);
    }

    /** The output types this stage knows. */
    public static List<FeatureType> types() {
        return REGISTRY.types();
    }
}
