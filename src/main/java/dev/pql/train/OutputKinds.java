package dev.pql.train;

import dev.pql.config.FeatureType;
import dev.pql.config.OutputTypeRegistry;
import dev.pql.model.OutputHead;
import java.util.List;

/**
 * The train stage's output kinds by feature type: one entry per output type. {@code FeatureKindsTest}
 * fails when a type the config accepts as an output has no entry here.
 */
public final class OutputKinds {
    private static final OutputTypeRegistry<OutputKind> REGISTRY = new OutputTypeRegistry<>(OutputKind::type,
            new BinaryOutput(), new NumberOutput(), new CategoryOutput(), new SetOutput());

    private OutputKinds() {
    }

    public static OutputKind of(FeatureType type) {
        return REGISTRY.of(type);
    }

    public static OutputKind of(OutputHead head) {
        return of(head.feature().type());
    }

    /** The output types this stage knows. */
    public static List<FeatureType> types() {
        return REGISTRY.types();
    }
}
