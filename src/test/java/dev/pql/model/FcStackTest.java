package dev.pql.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.pql.config.ModelConfig;
import dev.pql.registry.LoadedModel;
import dev.pql.train.EpochLog;
import dev.pql.train.Scoring;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** fc_layers stacks on the concat combiner and before decoders, and the mlp_classifier decoder. */
class FcStackTest {
    static ModelConfig config(String outputType, String decoder, String combiner) {
        return Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "number", "encoder": {"type": "passthrough"}}],
                 "output_features": [{"name": "y", "column": "y", "type": "%s", "decoder": %s}],
                 "combiner": %s,
                 "trainer": {"epochs": 15, "batch_size": 16, "learning_rate": 0.02, "early_stop": -1}}"""
                .formatted(outputType, decoder, combiner));
    }

    @Test
    void layersHaveTheirOwnWidthsAndBiasesAsConfigured() {
        ModelConfig c = config("binary", "{\"type\": \"mlp_classifier\", \"num_fc_layers\": 2, \"output_size\": 5}",
                "{\"fc_layers\": [{\"output_size\": 12}, {\"output_size\": 6, \"use_bias\": false, \"norm\": \"layer\"}]}");
        var p = dev.pql.features.Processors.create(c.inputFeatures().get(0), false);
        p.fit(List.of(1.0, 2.0, 3.0));
        Network n = new Network(c, List.of(p), 1);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            n.initialize(m, DataType.FLOAT32, new Shape(4, 1));
            Map<String, Shape> shapes = new TreeMap<>();
            n.getParameters().forEach(e -> shapes.put(e.getKey(), e.getValue().getArray().getShape()));
            List<String> names = List.copyOf(shapes.keySet());
            assertTrue(names.stream().anyMatch(k -> k.contains("fc0") && k.endsWith("bias")), names.toString());
            assertEquals(1, names.stream().filter(k -> k.contains("combiner") && k.contains("fc1")).count(),
                    "the second combiner layer has its weight and no bias: " + names);
            assertTrue(shapes.entrySet().stream().anyMatch(e -> e.getKey().contains("combiner") && e.getKey().contains("fc1")
                    && e.getValue().equals(new Shape(6, 12))), shapes.toString());
            assertTrue(shapes.entrySet().stream().anyMatch(e -> e.getKey().contains("decoder") && e.getKey().contains("hidden")
                    && e.getValue().equals(new Shape(5, 6))), "the decoder's first hidden layer reads the combiner's 6: "
                    + shapes);
            assertEquals(new Shape(4, 1), n.getOutputShapes(new Shape[] {new Shape(4, 1)})[0]);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "binary|{\"type\": \"mlp_classifier\", \"num_fc_layers\": 2, \"output_size\": 8, \"activation\": \"tanh\"}",
        "category|{\"type\": \"mlp_classifier\", \"fc_layers\": [{\"output_size\": 8, \"dropout\": 0.1}]}",
        "number|{\"type\": \"regressor\", \"num_fc_layers\": 2, \"fc_output_size\": 8, \"fc_activation\": \"gelu\"}",
        "category|{\"type\": \"classifier\", \"fc_layers\": [{\"output_size\": 8, \"norm\": \"batch\"}]}"})
    void learnsAndPredictsTheSameAfterSaveAndLoad(String outputType, String decoder, @TempDir Path dir) {
        ModelConfig c = config(outputType, decoder, "{\"fc_layers\": [{\"output_size\": 8, \"activation\": \"elu\"}], "
                + "\"dropout\": 0.0}");
        Tiny.Trained t = Tiny.train(c, Tiny.rows("number", outputType, 80, 4));
        List<EpochLog> log = t.result().log();
        assertTrue(log.get(log.size() - 1).trainLoss() < log.get(0).trainLoss(),
                "loss falls: " + log.stream().map(EpochLog::trainLoss).toList());
        int[] rows = Tiny.range(0, 16);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            ModelTrainerAccess.restore(t.network(), m, t.result().weights());
            ParameterStore ps = new ParameterStore(m, false);
            float[][] before = Scoring.score(m, x -> t.network().forward(ps, x, false), t.data().inputs(), rows, 8, t.head());
            try (LoadedModel loaded = Tiny.saveAndLoad(t, dir)) {
                float[][] after = loaded.score(List.of(t.x().subList(0, 16)));
                for (int i = 0; i < rows.length; i++) {
                    assertArrayEquals(before[i], after[i], 1e-5f, "row " + i);
                }
            }
        }
    }
}
