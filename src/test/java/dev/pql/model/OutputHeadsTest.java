package dev.pql.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.error.PqlException;
import dev.pql.train.EpochLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every output type and loss on tiny data: the loss falls and the type's metrics are reported. */
class OutputHeadsTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "binary|{}|accuracy",
        "binary|{\"type\": \"binary_weighted_cross_entropy\", \"positive_class_weight\": 3.0}|roc_auc",
        "category|{}|hits_at_k",
        "category|{\"class_weights\": [1.0, 4.0]}|f1_macro",
        "number|{}|r2",
        "number|{\"type\": \"mean_absolute_error\"}|mae",
        "number|{\"type\": \"huber\", \"delta\": 0.5}|rmse",
        "set|{}|jaccard"})
    void lossFallsAndMetricsAreReported(String type, String loss, String metric) {
        var config = Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "text"}],
                 "output_features": [{"name": "y", "column": "y", "type": "%s", "loss": %s}],
                 "trainer": {"epochs": 4, "batch_size": 16, "learning_rate": 0.02, "early_stop": -1}}""".formatted(type, loss));
        Tiny.Trained t = Tiny.train(config, Tiny.rows("text", type, 80, 5));
        List<EpochLog> log = t.result().log();
        assertTrue(log.get(3).trainLoss() < log.get(0).trainLoss(), log.stream().map(EpochLog::trainLoss).toList().toString());
        Map<String, Double> validation = t.result().metrics().get("validation");
        assertTrue(validation.containsKey(metric), validation.toString());
    }

    @Test
    void setOutputHasOneUnitPerMember() {
        var config = Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "text"}],
                 "output_features": [{"name": "y", "column": "y", "type": "set"}],
                 "trainer": {"epochs": 6, "batch_size": 8, "learning_rate": 0.05}}""");
        Tiny.Trained t = Tiny.train(config, Tiny.rows("text", "set", 80, 6));
        assertEquals(3, t.head().units(), "up, good, down");
        assertTrue(t.result().metrics().get("validation").get("jaccard") > 0.6, t.result().metrics().toString());
    }

    @Test
    void classWeightsMustMatchTheClasses() {
        var config = Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "text"}],
                 "output_features": [{"name": "y", "column": "y", "type": "category", "loss": {"class_weights": [1.0]}}]}""");
        PqlException e = assertThrows(PqlException.class, () -> Tiny.train(config, Tiny.rows("text", "category", 20, 7)));
        assertTrue(e.getMessage().contains("2 classes"), e.getMessage());
    }
}
