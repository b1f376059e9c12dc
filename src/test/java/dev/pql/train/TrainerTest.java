package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.pql.model.Tiny;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The trainer's options on tiny data: determinism, optimizers, penalties, clipping, and what the log shows. */
class TrainerTest {
    static final String INPUT = "{\"type\": \"dense\", \"output_size\": 8}";

    static Tiny.Trained train(String trainer, long dataSeed) {
        return Tiny.train(Tiny.config("number", INPUT, "category", trainer), Tiny.rows("number", "category", 60, dataSeed));
    }

    @Test
    void sameSeedSameModel() {
        String trainer = "{\"epochs\": 2, \"batch_size\": 8, \"learning_rate\": 0.01}";
        assertArrayEquals(train(trainer, 1).result().weights(), train(trainer, 1).result().weights());
        var other = Tiny.train(Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "number", "encoder": %s}],
                 "output_features": [{"name": "y", "column": "y", "type": "category"}],
                 "trainer": {"epochs": 2, "batch_size": 8, "learning_rate": 0.01}, "random_seed": 7}""".formatted(INPUT)),
                Tiny.rows("number", "category", 60, 1));
        assertFalse(java.util.Arrays.equals(train(trainer, 1).result().weights(), other.result().weights()),
                "another random_seed, other initial weights");
    }

    @ParameterizedTest
    @ValueSource(strings = {"adam", "adamw", "sgd", "rmsprop", "adagrad"})
    void everyOptimizerLearns(String optimizer) {
        double lr = switch (optimizer) {
            case "sgd" -> 0.1;
            case "rmsprop" -> 0.002; // its first steps are large: the squared-gradient average starts at zero
            default -> 0.02;
        };
        List<EpochLog> log = train("{\"epochs\": 4, \"batch_size\": 8, \"learning_rate\": " + lr
                + ", \"early_stop\": -1, \"optimizer\": {\"type\": \"" + optimizer + "\"}}", 2).result().log();
        assertTrue(log.get(3).trainLoss() < log.get(0).trainLoss(), optimizer + ": " + log.stream().map(EpochLog::trainLoss).toList());
    }

    @Test
    void learningRateAndEpochsShowInTheLog() {
        List<EpochLog> slow = train("{\"epochs\": 2, \"batch_size\": 8, \"learning_rate\": 0.001}", 3).result().log();
        List<EpochLog> fast = train("{\"epochs\": 3, \"batch_size\": 8, \"learning_rate\": 0.05, \"early_stop\": -1}", 3)
                .result().log();
        assertEquals(2, slow.size());
        assertEquals(3, fast.size());
        assertEquals(0.001, slow.get(0).learningRate(), 1e-9);
        assertEquals(0.05, fast.get(0).learningRate(), 1e-9);
        assertNotEquals(slow.get(1).trainLoss(), fast.get(1).trainLoss());
        assertTrue(fast.get(0).trainMetrics().containsKey("accuracy"), "training metrics are logged");
        assertTrue(fast.get(0).validationMetrics().containsKey("hits_at_k"));
    }

    @Test
    void penaltyShrinksWeightsAndClippingSlowsThem() {
        String base = "{\"epochs\": 3, \"batch_size\": 8, \"learning_rate\": 0.05, \"early_stop\": -1";
        double free = weightNorm(train(base + "}", 4));
        double l2 = weightNorm(train(base + ", \"regularization_lambda\": 1.0}", 4));
        double l1 = weightNorm(train(base + ", \"regularization_lambda\": 1.0, \"regularization_type\": \"l1\"}", 4));
        assertTrue(l2 < free * 0.8, "L2: " + l2 + " vs " + free);
        assertTrue(l1 < free * 0.8, "L1: " + l1 + " vs " + free);
        String sgd = "{\"epochs\": 2, \"batch_size\": 8, \"learning_rate\": 0.5, \"early_stop\": -1, \"optimizer\": {\"type\": \"sgd\"}";
        List<EpochLog> clipped = train(sgd + ", \"gradient_clipping\": {\"clipglobalnorm\": 0.0001}}", 4).result().log();
        List<EpochLog> unclipped = train(sgd + "}", 4).result().log();
        assertTrue(clipped.get(1).trainLoss() > unclipped.get(1).trainLoss(), "tiny steps learn slower: "
                + clipped.get(1).trainLoss() + " vs " + unclipped.get(1).trainLoss());
    }

    private static double weightNorm(Tiny.Trained t) {
        try (var m = dev.pql.model.Engines.pytorch().newBaseManager()) {
            ModelTrainer.restore(t.network(), m, t.result().weights()); // the trainer's arrays closed with it
            double sum = 0;
            for (Pair<String, Parameter> p : t.network().getParameters()) {
                if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                    sum += p.getValue().getArray().square().sum().getFloat();
                }
            }
            return Math.sqrt(sum);
        }
    }
}
