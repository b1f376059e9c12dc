package dev.pql.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The config of a RETRAIN: a stored config with WITH overrides applied, re-validated. */
public final class Retraining {
    private Retraining() {
    }

    public static ModelConfig override(ModelConfig base, Map<String, Object> with) {
        if (with.isEmpty()) {
            return base;
        }
        ObjectNode tree = ConfigMapper.toTree(base);
        Overrides.apply(tree, with);
        Defaults.fill(tree);
        ModelConfig config = ConfigMapper.bind(tree);
        ConfigValidator.validate(config);
        return config;
    }
}
