package dev.pql.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import dev.pql.registry.LoadedModel;
import dev.pql.train.EpochLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transformer and comparator combiners: shapes, what trains and what does not, save and load. */
class CombinersTest {
    @Test
    void transformerCombinerLearnsAndReloads(@TempDir Path dir) {
        var c = TabNetTest.config("{\"type\": \"transformer\", \"hidden_size\": 8, \"num_heads\": 2, "
                + "\"transformer_output_size\": 16, \"num_fc_layers\": 1, \"output_size\": 8, \"reduce_output\": \"sum\"}");
        Tiny.Trained t = Tiny.train(c, Tiny.rows("number", "category", 80, 5));
        List<EpochLog> log = t.result().log();
        assertTrue(log.get(log.size() - 1).trainLoss() < log.get(0).trainLoss(),
                log.stream().map(EpochLog::trainLoss).toList().toString());
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            ModelTrainerAccess.restore(t.network(), m, t.result().weights());
            ParameterStore ps = new ParameterStore(m, false);
            float[][] before = dev.pql.train.Scoring.score(m, x -> t.network().forward(ps, x, false), t.data().inputs(),
                    Tiny.range(0, 10), 8, t.head());
            try (LoadedModel loaded = Tiny.saveAndLoad(t, dir)) {
                float[][] after = loaded.score(List.of(t.x().subList(0, 10)));
                for (int i = 0; i < 10; i++) {
                    assertArrayEquals(before[i], after[i], 1e-5f);
                }
            }
        }
    }

    @Test
    void transformerCombinerTakesOneTokenPerInput() {
        var c = TabNetTest.config("{\"type\": \"transformer\", \"hidden_size\": 8, \"num_heads\": 2, "
                + "\"transformer_output_size\": 16, \"num_fc_layers\": 0}");
        TransformerCombiner t = new TransformerCombiner(c.combiner(), 3);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            t.initialize(m, DataType.FLOAT32, new Shape(4, 5), new Shape(4, 2), new Shape(4, 7));
            NDList in = new NDList(m.randomNormal(new Shape(4, 5)), m.randomNormal(new Shape(4, 2)),
                    m.randomNormal(new Shape(4, 7)));
            assertEquals(new Shape(4, 8), t.forward(new ParameterStore(m, false), in, false).singletonOrThrow().getShape(),
                    "without fc layers the reduced tokens, hidden_size wide");
        }
    }

    @Test
    void comparatorComparesTwoEntitiesWithAFixedBilinearForm() {
        var c = Tiny.config("""
                {"input_features": [{"name": "a", "type": "number"}, {"name": "b", "type": "number"},
                                    {"name": "c", "type": "number"}],
                 "output_features": [{"name": "y", "type": "binary"}],
                 "combiner": {"type": "comparator", "entity_1": ["a", "c"], "entity_2": ["b"], "output_size": 6}}""");
        ComparatorCombiner comparator = new ComparatorCombiner(c.combiner(), List.of("a", "b", "c"));
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            comparator.initialize(m, DataType.FLOAT32, new Shape(4, 1), new Shape(4, 1), new Shape(4, 1));
            NDList in = new NDList(m.ones(new Shape(4, 1)), m.ones(new Shape(4, 1)), m.ones(new Shape(4, 1)));
            NDArray out = comparator.forward(new ParameterStore(m, false), in, false).singletonOrThrow();
            assertEquals(new Shape(4, 2 * 6 + 2), out.getShape());
            Parameter w = comparator.getParameters().stream().filter(p -> p.getKey().contains("bilinear"))
                    .map(ai.djl.util.Pair::getValue).findFirst().orElseThrow();
            assertFalse(w.requiresGradient(), "a buffer, as in Ludwig: saved, never trained");
            assertEquals(new Shape(6, 6), w.getArray().getShape());
            long entityLayers = comparator.getParameters().stream().filter(p -> p.getKey().contains("fc0")).count();
            assertEquals(4, entityLayers, "each entity its own first layer (weight and bias)");
        }
    }
}
