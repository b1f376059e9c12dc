package dev.pql.exec;

import dev.pql.config.FeatureType;
import dev.pql.config.OutputTypeRegistry;
import dev.pql.registry.LoadedModel;
import java.util.List;

/**
 * Statement execution's output kinds by feature type: one entry per output type. {@code FeatureKindsTest}
 * fails when a type the config accepts as an output has no entry here (or in the lower stages' registries).
 */
final class FeatureKinds {
    private static final OutputTypeRegistry<FeatureKind> REGISTRY = new OutputTypeRegistry<>(FeatureKind::type,
            new BinaryKind(), new NumberKind(), new CategoryKind(), new SetKind());

    private FeatureKinds() {
    }

    static FeatureKind of(FeatureType type) {
        return REGISTRY.of(type);
    }

    /** The kind of the output a model answers for ({@link LoadedModel#head()}). */
    static FeatureKind of(LoadedModel model) {
        return of(model.head().feature().type());
    }

    static List<FeatureType> types() {
        return REGISTRY.types();
    }
}
