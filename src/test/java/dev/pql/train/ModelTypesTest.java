package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.pql.config.Options;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One registry entry per model type: every model_type the config accepts (but auto, which ensembles
 * them) trains and loads through {@link ModelTypes}, and an unknown one is an error naming those it has.
 */
class ModelTypesTest {
    @Test
    void everyModelTypeTheConfigAcceptsIsRegistered() {
        var check = Options.option("", "model_type").check();
        // the names come from the option's own check ("one of: ecd, gbm, auto"), so a model_type added
        // there without a registry entry fails here
        String describe = check.describe();
        assertTrue(describe.startsWith("one of: "), describe);
        List<String> accepted = List.of(describe.substring("one of: ".length()).split(", "));
        assertTrue(accepted.containsAll(List.of("ecd", "gbm", "auto")), describe);
        for (String name : accepted) {
            assertNull(check.test(TextNode.valueOf(name)), name + " is accepted by the config");
            if (!name.equals("auto")) { // auto ensembles the registered types
                assertEquals(name, ModelTypes.of(name).name(), "model_type " + name + " has a registry entry");
            }
        }
        for (String name : List.of("llm", "tabnet")) {
            assertThrows(PqlException.class, () -> ModelTypes.of(name), name + " is no model type");
        }
    }

    @Test
    void anUnknownTypeNamesTheKnownOnes() {
        PqlException e = assertThrows(PqlException.class, () -> ModelTypes.of("xgboost"));
        assertEquals(ErrorCode.NOT_SUPPORTED, e.code());
        assertTrue(e.getMessage().contains("ecd, gbm"), e.getMessage());
    }

    @Test
    void threadsSayHowManyTrainingsFitAtOnce() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, ModelTypes.of("ecd").threads(100), "a network may use every core of libtorch's pool");
        assertEquals(1, ModelTypes.of("gbm").threads(100), "LightGBM on small data trains on one core");
        assertEquals(cores, ModelTypes.of("gbm").threads(1_000_000));
    }
}
