package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pql.model.Tiny;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learning-rate schedule and the metrics beyond accuracy, computed on known inputs. */
class ScheduleAndMetricsTest {
    static LearningRateSchedule schedule(String scheduler, int epochs) {
        var config = Tiny.config("number", "{\"type\": \"passthrough\"}", "binary",
                "{\"epochs\": " + epochs + ", \"learning_rate\": 0.1, \"learning_rate_scheduler\": " + scheduler + "}");
        return new LearningRateSchedule(config.trainer(), 10);
    }

    @Test
    void warmUpThenDecay() {
        LearningRateSchedule linear = schedule("{\"decay\": \"linear\", \"warmup_evaluations\": 1}", 3);
        assertEquals(0.01, linear.rate(0), 1e-9, "warm-up starts at a tenth after one of ten steps");
        assertEquals(0.1, linear.rate(9), 1e-9, "warm-up ends at the full rate");
        assertEquals(0.05, linear.rate(20), 1e-9, "linear decay is halfway at the middle of the rest");
        LearningRateSchedule cosine = schedule("{\"decay\": \"cosine\"}", 2);
        assertEquals(0.05, cosine.rate(10), 1e-9);
        LearningRateSchedule exp = schedule("{\"decay\": \"exponential\", \"decay_rate\": 0.5, \"decay_steps\": 4, "
                + "\"staircase\": true}", 2);
        assertEquals(0.1, exp.rate(3), 1e-9);
        assertEquals(0.05, exp.rate(4), 1e-9);
        assertEquals(0.1, schedule("{}", 2).rate(15), 1e-9, "no decay by default");
    }

    @Test
    void reduceOnPlateauCutsAfterPatience() {
        LearningRateSchedule s = schedule("{\"reduce_on_plateau\": 1, \"reduce_on_plateau_patience\": 2, "
                + "\"reduce_on_plateau_rate\": 0.5}", 10);
        s.endEpoch(true);
        s.endEpoch(false);
        assertEquals(0.1, s.rate(30), 1e-9);
        s.endEpoch(false);
        assertEquals(0.05, s.rate(30), 1e-9, "cut after two epochs without improvement");
        s.endEpoch(false);
        s.endEpoch(false);
        assertEquals(0.05, s.rate(30), 1e-9, "at most reduce_on_plateau cuts");
    }

    @Test
    void hitsAtKAndSetMetrics() {
        float[][] scores = {{0.5f, 0.3f, 0.1f, 0.1f}, {0.1f, 0.2f, 0.3f, 0.4f}};
        assertEquals(0.5, Metrics.hitsAtK(scores, new double[] {2, 0}, 3), 1e-9);
        Map<String, Double> m = Metrics.set(new float[][] {{0.9f, 0.8f, 0.1f}, {0.1f, 0.1f, 0.1f}},
                new float[][] {{1, 0, 1}, {0, 0, 0}}, 0.5);
        assertEquals((1.0 / 3 + 1) / 2, m.get("jaccard"), 1e-9, "empty prediction of an empty set agrees fully");
        assertEquals(0.5, m.get("precision"), 1e-9);
        assertEquals(0.5, m.get("recall"), 1e-9);
    }
}
