package dev.pql.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.Processors;
import dev.pql.registry.LoadedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loss of several outputs (Ludwig's loss_balancing none): the sum of each output's loss times
 * its loss.weight; and a model of one output keeps the layout versions saved before multi-output had.
 */
class OutputLossesTest {
    @TempDir
    Path dir;

    @Test
    void theLossIsTheWeightedSumOfTheOutputs() {
        ModelConfig config = Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "number"}],
                 "output_features": [{"name": "c", "column": "c", "type": "category"},
                                     {"name": "n", "column": "n", "type": "number", "loss": {"weight": 3.0}}]}""");
        OutputHead category = head(config.outputFeatures().get(0), List.of("a", "b", "a"));
        OutputHead number = head(config.outputFeatures().get(1), List.of(1.0, 2.0, 4.0));
        Engines.pytorch();
        try (NDManager m = NDManager.newBaseManager()) {
            NDList labels = new NDList(m.create(new float[] {0, 1}), m.create(new float[] {0.5f, -1f}).reshape(2, 1));
            NDList predictions = new NDList(m.create(new float[] {2, -1, 0, 1}).reshape(2, 2),
                    m.create(new float[] {0f, 0f}).reshape(2, 1));
            Loss combined = OutputLosses.of(List.of(category, number));
            float c = category.loss().evaluate(new NDList(labels.get(0)), new NDList(predictions.get(0))).getFloat();
            float n = number.loss().evaluate(new NDList(labels.get(1)), new NDList(predictions.get(1))).getFloat();
            assertTrue(c > 0 && n > 0);
            assertEquals(c + 3 * n, combined.evaluate(labels, predictions).getFloat(), 1e-5);
        }
    }

    @Test
    void oneUnweightedOutputTrainsOnItsOwnLoss() {
        ModelConfig config = Tiny.config("text", "{\"type\": \"embed\"}", "category", "{}");
        OutputHead only = head(config.outputFeatures().get(0), List.of("a", "b"));
        assertTrue(!(OutputLosses.of(List.of(only)) instanceof OutputLosses), "the same loss as before multi-output");
    }

    /** Old versions load: one output keeps its decoder's name and features.json its inputs-then-output list. */
    @Test
    void oneOutputKeepsTheSavedLayout() throws IOException {
        Tiny.Trained t = Tiny.train(Tiny.config("text", "{\"type\": \"embed\"}", "category", "{\"epochs\": 1}"),
                Tiny.rows("text", "category", 40, 3));
        // DJL saves parameters in the order of the child blocks: encoders, combiner, then the one decoder as before
        List<String> children = t.network().getChildren().keys();
        assertTrue(children.get(children.size() - 1).endsWith("decoder"), children.toString());
        assertEquals(3, children.size(), "one encoder, the combiner, one decoder: " + children);
        try (LoadedModel loaded = Tiny.saveAndLoad(t, dir)) {
            assertEquals(1, loaded.heads().size());
            assertSame(loaded, loaded.output("y"));
            String features = Files.readString(dir.resolve("m").resolve("1").resolve("features.json"));
            assertEquals(2, new com.fasterxml.jackson.databind.ObjectMapper().readTree(features).size(),
                    "one input, then the output, as before");
        }
    }

    private static OutputHead head(FeatureConfig f, List<Object> values) {
        FeatureProcessor p = Processors.create(f, true);
        p.fit(values);
        return new OutputHead(f, p);
    }
}
