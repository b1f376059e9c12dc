package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pql.model.Tiny;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trainer's step-level options: gradient accumulation, train_steps, checkpoints within an
 * epoch, evaluate_training_set and max_batch_size, each checked by what it must change.
 */
class StepOptionsTest {
    /** A model without dropout or batch statistics, trained in order with plain SGD: steps are exact sums. */
    static Tiny.Trained train(String trainer) {
        return Tiny.train(Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "number",
                                     "encoder": {"type": "dense", "output_size": 8}}],
                 "output_features": [{"name": "y", "column": "y", "type": "category"}],
                 "combiner": {"num_fc_layers": 1, "output_size": 8, "dropout": 0.0},
                 "trainer": %s}""".formatted(trainer)), Tiny.rows("number", "category", 60, 5));
    }

    private static final String SGD = "\"optimizer\": {\"type\": \"sgd\"}, \"learning_rate\": 0.1, \"should_shuffle\": false, "
            + "\"early_stop\": -1";

    @Test
    void accumulatingTwoBatchesStepsAsOneBatchOfTwiceTheRows() {
        // 48 training rows: 3 steps of 16 rows, or 3 steps of 2 x 8 rows
        Tiny.Trained big = train("{\"epochs\": 2, \"batch_size\": 16, " + SGD + "}");
        Tiny.Trained accumulated = train("{\"epochs\": 2, \"batch_size\": 8, \"gradient_accumulation_steps\": 2, " + SGD + "}");
        Tiny.Trained small = train("{\"epochs\": 2, \"batch_size\": 8, " + SGD + "}");
        assertEquals(6, accumulated.result().log().get(1).steps(), "optimizer steps, not batches");
        assertEquals(12, small.result().log().get(1).steps());
        assertArrayEquals(weights(big), weights(accumulated), 1e-5f);
        assertNotEquals(weights(big)[0], weights(small)[0], "without accumulation 8-row batches step differently");
    }

    @Test
    void trainStepsOverridesEpochsAndStopsPartWay() {
        // 48 rows in batches of 8: 6 steps an epoch; 10 steps end in the middle of the second epoch
        List<EpochLog> log = train("{\"epochs\": 50, \"batch_size\": 8, \"train_steps\": 10, " + SGD + "}").result().log();
        assertEquals(2, log.size(), "an evaluation at the end of epoch 1 and one at step 10");
        assertEquals(6, log.get(0).steps());
        assertEquals(10, log.get(1).steps());
        assertEquals(2, log.get(1).epoch());
    }

    @Test
    void checkpointsEvaluateWithinAnEpoch() {
        List<EpochLog> perEpoch = train("{\"epochs\": 2, \"batch_size\": 8, \"checkpoints_per_epoch\": 3, " + SGD + "}")
                .result().log();
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L, 12L), perEpoch.stream().map(EpochLog::steps).toList());
        List<EpochLog> bySteps = train("{\"epochs\": 2, \"batch_size\": 8, \"steps_per_checkpoint\": 4, " + SGD + "}")
                .result().log();
        assertEquals(List.of(4L, 8L, 12L), bySteps.stream().map(EpochLog::steps).toList());
        assertEquals(List.of(1, 2, 2), bySteps.stream().map(EpochLog::epoch).toList());
    }

    @Test
    void earlyStopCountsEvaluations() {
        String trainer = "{\"epochs\": 40, \"batch_size\": 8, \"learning_rate\": 0.0, \"optimizer\": {\"type\": \"sgd\"}, "
                + "\"steps_per_checkpoint\": 2, \"early_stop\": 3}";
        List<EpochLog> log = train(trainer).result().log();
        assertEquals(4, log.size(), "nothing improves at rate 0: the first evaluation, then 3 without improvement");
    }

    @Test
    void evaluateTrainingSetMeasuresAllTrainingRowsInInference() {
        String base = "\"epochs\": 1, \"batch_size\": 8, " + SGD;
        EpochLog accumulated = train("{" + base + "}").result().log().get(0);
        EpochLog evaluated = train("{" + base + ", \"evaluate_training_set\": true}").result().log().get(0);
        Tiny.Trained t = train("{" + base + ", \"evaluate_training_set\": true}");
        double trainingLoss = t.result().metrics().get("training").get("loss");
        assertEquals(trainingLoss, evaluated.trainLoss(), 1e-6, "the final weights' loss on all training rows");
        assertNotEquals(accumulated.trainLoss(), evaluated.trainLoss(), 1e-9);
    }

    @Test
    void maxBatchSizeCapsTheBatch() {
        List<EpochLog> log = train("{\"epochs\": 1, \"batch_size\": 48, \"max_batch_size\": 16, " + SGD + "}")
                .result().log();
        assertEquals(3, log.get(0).steps(), "48 rows in batches of at most 16");
    }

    private static float[] weights(Tiny.Trained t) {
        List<Float> all = new java.util.ArrayList<>();
        try (ai.djl.ndarray.NDManager m = dev.pql.model.Engines.pytorch().newBaseManager()) {
            ModelTrainer.restore(t.network(), m, t.result().weights());
            for (var p : t.network().getParameters()) {
                for (float f : p.getValue().getArray().toFloatArray()) {
                    all.add(f);
                }
            }
        }
        float[] out = new float[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }
}
