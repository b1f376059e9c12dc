package dev.pql.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.pql.registry.LoadedModel;
import dev.pql.train.EpochLog;
import dev.pql.train.Scoring;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tabnet combiner: its sparse normalisations, ghost batch norm, training, sparsity loss, save and load. */
class TabNetTest {
    static dev.pql.config.ModelConfig config(String combiner) {
        return Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "number",
                                     "encoder": {"type": "dense", "output_size": 6}}],
                 "output_features": [{"name": "y", "column": "y", "type": "category"}],
                 "combiner": %s,
                 "trainer": {"epochs": 12, "batch_size": 16, "learning_rate": 0.02, "early_stop": -1}}""".formatted(combiner));
    }

    @Test
    void sparsemaxProjectsOntoTheSimplexWithExactZeros() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray z = m.create(new float[] {1f, 0.5f, -3f, 0f, 0f, 0f}, new Shape(2, 3));
            float[] p = SparseMax.sparsemax(z).toFloatArray();
            assertArrayEquals(new float[] {0.75f, 0.25f, 0f, 1 / 3f, 1 / 3f, 1 / 3f}, p, 1e-6f);
        }
    }

    @Test
    void sparsemaxOfLargeLogitsIsFinite() {
        // 1 + z == z in float32 from about 1.7e7: unshifted, the support test dropped every value, tau was
        // -1 / 0 and the mask infinite, a NaN one step later (a candidate for tabnet's rare NaN loss)
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray z = m.create(new float[] {1e8f, 0f, -1f, 3e7f, 3e7f, 0f}, new Shape(2, 3));
            float[] p = SparseMax.sparsemax(z).toFloatArray();
            assertArrayEquals(new float[] {1f, 0f, 0f, 0.5f, 0.5f, 0f}, p, 1e-6f);
        }
    }

    @Test
    void entmax15SumsToOneAndIsSparserThanSoftmaxDenserThanSparsemax() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray z = m.create(new float[] {1f, 0.5f, 0f, -4f}, new Shape(1, 4));
            float[] e = SparseMax.entmax15(z).toFloatArray();
            float[] s = SparseMax.sparsemax(z).toFloatArray();
            assertEquals(1f, e[0] + e[1] + e[2] + e[3], 1e-5f);
            assertEquals(0f, e[3], 0f, "a far value gets exactly zero");
            assertTrue(e[0] > e[1] && e[1] > e[2], java.util.Arrays.toString(e));
            assertTrue(e[2] > 0 && s[2] == 0, "1.5-entmax keeps what sparsemax drops: " + java.util.Arrays.toString(e));
            float[] even = SparseMax.entmax15(m.zeros(new Shape(1, 2))).toFloatArray();
            assertArrayEquals(new float[] {0.5f, 0.5f}, even, 1e-6f);
        }
    }

    @Test
    void entmax15HasFiniteGradientsWhereItsSupportEnds() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            NDArray z = m.create(new float[] {3f, 0f, -5f, -9f}, new Shape(1, 4));
            z.setRequiresGradient(true);
            try (ai.djl.training.GradientCollector gc = Engines.pytorch().newGradientCollector()) {
                NDArray p = SparseMax.entmax15(z);
                gc.backward(p.mul(m.create(new float[] {1f, 2f, 3f, 4f}, new Shape(1, 4))).sum());
            }
            for (float g : z.getGradient().toFloatArray()) {
                assertTrue(Float.isFinite(g), java.util.Arrays.toString(z.getGradient().toFloatArray()));
            }
        }
    }

    @Test
    void ghostBatchNormNormalisesEachChunkOnItsOwn() {
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            var bn = GhostBatchNorm.block(0.1, 1e-5);
            bn.initialize(m, DataType.FLOAT32, new Shape(6, 1));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.create(new float[] {0, 1, 2, 100, 101, 102}, new Shape(6, 1));
            float[] y = GhostBatchNorm.forward(bn, ps, x, true, 3).toFloatArray();
            // each half is centred on its own mean, so the two halves look alike
            assertArrayEquals(new float[] {y[0], y[1], y[2]}, new float[] {y[3], y[4], y[5]}, 1e-3f);
            float[] whole = GhostBatchNorm.forward(bn, ps, x, true, null).toFloatArray();
            assertTrue(whole[0] < -0.9 && whole[5] > 0.9, java.util.Arrays.toString(whole));
            assertArrayEquals(new float[] {7f}, GhostBatchNorm.forward(bn, ps, m.create(new float[] {7f}, new Shape(1, 1)),
                    true, 3).toFloatArray(), "one row passes through");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\": \"tabnet\", \"size\": 8, \"output_size\": 8, \"num_steps\": 2, \"bn_virtual_bs\": 4}",
        "{\"type\": \"tabnet\", \"size\": 4, \"output_size\": 8, \"num_steps\": 3, \"num_shared_blocks\": 0, "
                + "\"entmax_mode\": \"entmax15\", \"bn_virtual_bs\": null, \"sparsity\": 0.001}",
        "{\"type\": \"tabnet\", \"size\": 4, \"output_size\": 4, \"num_steps\": 1, \"num_total_blocks\": 2, "
                + "\"num_shared_blocks\": 2, \"dropout\": 0.0}"})
    void learnsAndPredictsTheSameAfterSaveAndLoad(String combiner, @TempDir Path dir) {
        Tiny.Trained t = Tiny.train(config(combiner), Tiny.rows("number", "category", 80, 3));
        List<EpochLog> log = t.result().log();
        assertTrue(log.get(log.size() - 1).trainLoss() < log.get(0).trainLoss(),
                "loss falls: " + log.stream().map(EpochLog::trainLoss).toList());
        assertTrue(t.result().metrics().get("validation").get("accuracy") >= 0.75,
                "the sign of x is the class: " + t.result().metrics());
        int[] rows = Tiny.range(0, 20);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            ModelTrainerAccess.restore(t.network(), m, t.result().weights());
            ParameterStore ps = new ParameterStore(m, false);
            float[][] before = Scoring.score(m, x -> t.network().forward(ps, x, false), t.data().inputs(), rows, 8, t.head());
            try (LoadedModel loaded = Tiny.saveAndLoad(t, dir)) {
                float[][] after = loaded.score(List.of(t.x().subList(0, 20)));
                for (int i = 0; i < rows.length; i++) {
                    assertArrayEquals(before[i], after[i], 1e-5f, "row " + i + " predicts the same after save and load");
                }
            }
        }
    }

    @Test
    void sparsityLossOnlyWhileTraining() {
        var c = config("{\"type\": \"tabnet\", \"size\": 4, \"output_size\": 4, \"num_steps\": 2, \"sparsity\": 0.5}");
        TabNetCombiner tabnet = new TabNetCombiner(c.combiner());
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            tabnet.initialize(m, DataType.FLOAT32, new Shape(8, 3), new Shape(8, 2));
            ParameterStore ps = new ParameterStore(m, false);
            NDList in = new NDList(m.randomNormal(new Shape(8, 3)), m.randomNormal(new Shape(8, 2)));
            assertEquals(new Shape(8, 4), tabnet.forward(ps, in, true).singletonOrThrow().getShape());
            NDArray loss = tabnet.auxiliaryLoss();
            assertNotNull(loss);
            assertTrue(loss.getFloat() > 0, "masks spread over 5 inputs have entropy");
            assertNull(tabnet.auxiliaryLoss(), "reading clears it");
            tabnet.forward(ps, in, false);
            assertNull(tabnet.auxiliaryLoss(), "no sparsity loss in inference");
        }
    }

    @Test
    void registryMatchesTheConfigStage() {
        assertEquals(new HashSet<>(dev.pql.config.Options.variants("combiner")), Combiners.names());
    }
}
