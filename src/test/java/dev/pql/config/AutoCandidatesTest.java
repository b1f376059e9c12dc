package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * model_type auto's candidates: three kinds derived from the one stored config, which differ only
 * in encoders, combiner and trainer, so the fitted preprocessing serves them all.
 */
class AutoCandidatesTest {
    @Test
    void theAutoConfigYieldsTheNetworkTheTreesAndALinearModel() {
        ModelConfig auto = Corpus.lower("CREATE MODEL m PREDICT survived GIVEN age, fare, sex FROM t").config();
        assertEquals("auto", auto.modelType());
        List<AutoCandidates.Candidate> c = AutoCandidates.of(auto, 400);
        assertEquals(List.of("ecd", "gbm", "linear"), c.stream().map(AutoCandidates.Candidate::kind).toList());
        ModelConfig ecd = c.get(0).config();
        assertEquals("ecd", ecd.modelType());
        assertEquals(auto.combiner(), ecd.combiner());
        ModelConfig gbm = c.get(1).config();
        assertEquals("gbm", gbm.modelType());
        assertNull(gbm.combiner(), "trees have no combiner");
        assertEquals(100, gbm.trainer().numBoostRound(), "the gbm trainer's defaults");
        assertEquals(auto.trainer().folds(), gbm.trainer().folds(), "the same folds, so the out-of-fold rows agree");
        ModelConfig linear = c.get(2).config();
        assertEquals(0, linear.combiner().numFcLayers());
        assertEquals(1.0 / 800, linear.trainer().regularizationLambda(), 1e-12);
        assertTrue(linear.inputFeatures().stream().filter(f -> f.type() == FeatureType.NUMBER)
                .allMatch(f -> f.encoder().type().equals("passthrough")), "a weight per standardised number");
        for (ModelConfig m : List.of(ecd, gbm, linear)) {
            for (int i = 0; i < auto.inputFeatures().size(); i++) {
                assertEquals(auto.inputFeatures().get(i).preprocessing(), m.inputFeatures().get(i).preprocessing(),
                        "one set of fitted processors serves every candidate");
            }
        }
        assertNull(AutoCandidates.candidate(auto, "forest", 0), "a kind this engine does not know");
    }
}
