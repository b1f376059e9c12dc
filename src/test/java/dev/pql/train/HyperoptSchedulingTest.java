package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.config.Hyperopt;
import dev.pql.config.HyperoptSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two HYPEROPT parts that decide by evidence: successive halving's rungs (which trials stop
 * where) and TPE's proposals (better than random draws on a function whose optimum we know).
 */
class HyperoptSchedulingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Double> loss(double v) {
        return Map.of("loss", v);
    }

    @Test
    void successiveHalvingStopsTheWorseTrialsAtEachRung() {
        // rungs at 1, 3, 9 (below max_t 27), keep the best third
        SuccessiveHalving asha = new SuccessiveHalving(new Hyperopt.Halving("training_iteration", 27, 1, 3), "loss", "y",
                false);
        StopRule first = asha.forTrial(1, 1);
        assertFalse(first.stop(1, 0, loss(0.5)), "the first trial at a rung has nothing to be compared with");
        assertFalse(first.stop(2, 0, loss(0.4)), "between rungs nothing is judged");
        assertFalse(first.stop(3, 0, loss(0.3)));
        StopRule worse = asha.forTrial(2, 1);
        assertTrue(worse.stop(1, 0, loss(0.9)), "worse than the 2/3 quantile of the rung's earlier trials: stopped");
        assertTrue(asha.stopped(2));
        StopRule better = asha.forTrial(3, 1);
        assertFalse(better.stop(1, 0, loss(0.2)), "better than the trials before it at rung 1");
        assertFalse(better.stop(3, 0, loss(0.1)), "and at rung 3");
        assertFalse(asha.stopped(3));
        StopRule otherFold = asha.forTrial(2, 2);
        assertFalse(otherFold.stop(1, 0, loss(0.9)), "each fold is compared with the same fold of other trials only");
        assertTrue(asha.forTrial(4, 1).stop(27, 0, loss(0.01)), "max_t ends any trial");
        SuccessiveHalving seconds = new SuccessiveHalving(new Hyperopt.Halving("time_total_s", 100, 10, 2), "accuracy",
                "y", true);
        assertFalse(seconds.forTrial(1, 1).stop(50, 12.0, Map.of("accuracy", 0.9)));
        assertTrue(seconds.forTrial(2, 1).stop(1, 11.0, Map.of("accuracy", 0.5)), "time_total_s counts seconds");
    }

    @Test
    void treeParzenFindsAnOptimumFasterThanRandomDraws() throws Exception {
        // Averaged over many seeds, since one search of 30 trials is luck as much as method: the same
        // first 5 draws, then TPE's proposals against more random draws (Integer.MAX_VALUE initial points).
        List<HyperoptSpace> spaces = spaces();
        double tpe = 0;
        double random = 0;
        for (long seed = 1; seed <= 60; seed++) {
            tpe += bestAfter(new TreeParzen(spaces, 5, 0.25, seed), 30) / 60;
            random += bestAfter(new TreeParzen(spaces, Integer.MAX_VALUE, 0.25, seed), 30) / 60;
        }
        assertTrue(tpe < 0.9 * random, "TPE's mean best loss of 30 trials below random search's: " + tpe + " vs " + random);
    }

    @Test
    void treeParzenKeepsToTheSpacesAndIsDeterministic() throws Exception {
        List<HyperoptSpace> spaces = spaces();
        List<Map<String, Object>> a = proposals(new TreeParzen(spaces, 3, 0.25, 7), 15);
        List<Map<String, Object>> b = proposals(new TreeParzen(spaces, 3, 0.25, 7), 15);
        assertEquals(a, b, "the same seed and history give the same trials");
        for (Map<String, Object> v : a) {
            double lr = (Double) v.get("trainer.learning_rate");
            long layers = (Long) v.get("combiner.num_fc_layers");
            assertTrue(lr >= 1e-4 && lr <= 0.1, "loguniform bounds: " + lr);
            assertTrue(layers >= 0 && layers <= 3, "randint [0, 4): " + layers);
            assertTrue(List.of(16L, 32L, 64L).contains(v.get("combiner.output_size")), String.valueOf(v));
        }
    }

    private static List<HyperoptSpace> spaces() throws Exception {
        return List.of(
                space("trainer.learning_rate", "{\"space\": \"loguniform\", \"lower\": 0.0001, \"upper\": 0.1}"),
                space("combiner.num_fc_layers", "{\"space\": \"randint\", \"lower\": 0, \"upper\": 4}"),
                space("combiner.output_size", "{\"space\": \"choice\", \"categories\": [16, 32, 64]}"));
    }

    private static HyperoptSpace space(String path, String json) throws Exception {
        java.lang.reflect.Method parse = HyperoptSpace.class.getDeclaredMethod("parse", String.class,
                com.fasterxml.jackson.databind.JsonNode.class, String.class);
        parse.setAccessible(true);
        return (HyperoptSpace) parse.invoke(null, path, JSON.readTree(json), "hyperopt.parameters." + path);
    }

    /** A loss with its optimum at learning rate 0.003, two layers and width 32, plus noise. */
    private static double objective(Map<String, Object> v, Random noise) {
        double lr = Math.log10((Double) v.get("trainer.learning_rate")) - Math.log10(0.003);
        long layers = (Long) v.get("combiner.num_fc_layers");
        long width = (Long) v.get("combiner.output_size");
        return lr * lr + 0.3 * Math.abs(layers - 2) + (width == 32 ? 0 : 0.4) + 0.05 * noise.nextGaussian();
    }

    private static double bestAfter(TreeParzen search, int trials) {
        Random noise = new Random(99);
        List<TreeParzen.Observed> done = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < trials; i++) {
            Map<String, Object> v = search.next(done);
            double loss = objective(v, noise);
            best = Math.min(best, loss);
            done.add(new TreeParzen.Observed(v, -loss));
        }
        return best;
    }

    private static List<Map<String, Object>> proposals(TreeParzen search, int trials) {
        Random noise = new Random(5);
        List<TreeParzen.Observed> done = new ArrayList<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            Map<String, Object> v = search.next(done);
            out.add(v);
            done.add(new TreeParzen.Observed(v, -objective(v, noise)));
        }
        return out;
    }
}
