package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.config.ConfigValidator;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.Options;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.features.Processors;
import dev.pql.model.HeadKinds;
import dev.pql.train.OutputKinds;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One output kind per output type in each stage that varies by type: every type the config accepts
 * as an output (it has a decoder) has a head in {@link HeadKinds}, a training part in
 * {@link OutputKinds} and a statement part in {@link FeatureKinds}, each for its own type; no
 * registry knows a type the config does not predict; model_type gbm takes the outputs that have a
 * LightGBM objective; and the metrics the config lets users name
 * ({@code Options.metrics}: validation_metric, HYPEROPT goals) are the ones the training part computes.
 */
class FeatureKindsTest {
    private static final List<FeatureType> OUTPUTS = Arrays.stream(FeatureType.values()).filter(Options::isOutputType).toList();

    @Test
    void everyOutputTypeHasAKindInEveryStage() {
        assertTrue(OUTPUTS.containsAll(List.of(FeatureType.BINARY, FeatureType.NUMBER, FeatureType.CATEGORY,
                FeatureType.SET)), OUTPUTS.toString());
        for (FeatureType t : OUTPUTS) {
            assertEquals(t, HeadKinds.of(t).type(), t + " has a model/HeadKinds entry");
            assertEquals(t, OutputKinds.of(t).type(), t + " has a train/OutputKinds entry");
            assertEquals(t, FeatureKinds.of(t).type(), t + " has an exec/FeatureKinds entry");
        }
        assertEquals(OUTPUTS, HeadKinds.types(), "model/HeadKinds has exactly the config's output types");
        assertEquals(OUTPUTS, OutputKinds.types(), "train/OutputKinds has exactly the config's output types");
        assertEquals(OUTPUTS, FeatureKinds.types(), "exec/FeatureKinds has exactly the config's output types");
    }

    @Test
    void everyTypeTheConfigReadsOrPredictsHasAProcessor() {
        for (FeatureType t : FeatureType.values()) {
            if (Options.isInputType(t) || Options.isOutputType(t)) {
                assertTrue(Processors.has(t), t + " has a features/Processors entry");
            }
        }
    }

    @Test
    void gbmPredictsTheOutputTypesTheConfigLetsItPredict() {
        for (FeatureType t : OUTPUTS) {
            FeatureConfig target = new FeatureConfig("y", "y", t, null, null, null, null, null, null);
            if (ConfigValidator.gbmPredicts(t)) {
                assertTrue(OutputKinds.of(t).gbmObjective(target, 3).startsWith("objective="), t.toString());
            } else {
                assertThrows(PqlException.class, () -> OutputKinds.of(t).gbmObjective(target, 3), t.toString());
            }
        }
    }

    @Test
    void anInputOnlyTypeIsAnErrorNamingTheOutputTypes() {
        PqlException e = assertThrows(PqlException.class, () -> FeatureKinds.of(FeatureType.TEXT));
        assertEquals(ErrorCode.NOT_SUPPORTED, e.code());
        assertTrue(e.getMessage().contains("binary, number, category, set"), e.getMessage());
        assertThrows(PqlException.class, () -> OutputKinds.of(FeatureType.DATE));
        assertThrows(PqlException.class, () -> HeadKinds.of(FeatureType.IMAGE));
    }

    @Test
    void theConfigsMetricsAreTheOnesTrainingComputes() {
        for (FeatureType t : OUTPUTS) {
            float[][] scores = {{0.7f, 0.2f, 0.1f}, {0.1f, 0.3f, 0.6f}};
            Encoded labels = switch (t) {
                case CATEGORY -> new Encoded.Ids(new long[] {0, 2});
                case SET -> new Encoded.Matrix(new float[] {1, 0, 0, 0, 0, 1}, 3);
                default -> new Encoded.Floats(new float[] {1, 0});
            };
            double[] truth = t == FeatureType.SET ? new double[] {Double.NaN, Double.NaN}
                    : t == FeatureType.CATEGORY ? new double[] {0, 2} : new double[] {1, 0};
            Map<String, Double> computed = OutputKinds.of(t).metrics(scores, labels, truth, new int[] {0, 1}, 0.5);
            for (String m : Options.metrics(t)) {
                assertTrue(m.equals("loss") || computed.containsKey(m), t + " computes " + m + ": " + computed.keySet());
            }
            assertTrue(computed.containsKey(Options.headline(t)), t + "'s headline " + Options.headline(t));
        }
    }
}
