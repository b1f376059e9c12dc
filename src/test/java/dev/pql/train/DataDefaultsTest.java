package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.config.ColumnProfile;
import dev.pql.config.ConfigMapper;
import dev.pql.config.DataDefaults;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defaults that follow the data: set where the user left a value unset, never over it. */
class DataDefaultsTest {
    static List<ColumnProfile> columns(long rows, double words) {
        return List.of(new ColumnProfile("BODY", Types.VARCHAR, rows, 0, rows, 0, false, false, 0, words),
                new ColumnProfile("N", Types.DOUBLE, rows, 0, rows, 1, false, false, 0, 1));
    }

    static ObjectNode tree(String bodyEncoder, String trainer) {
        return ConfigMapper.readTree("""
                {"input_features": [{"name": "body", "column": "BODY", "type": "text", "encoder": {"type": "%s"}},
                                    {"name": "n", "column": "N", "type": "number"}],
                 "output_features": [{"name": "y", "column": "Y", "type": "binary"}],
                 "trainer": %s}""".formatted(bodyEncoder, trainer));
    }

    @Test
    void smallDataGetsSmallBatchesAndPatience() {
        ObjectNode t = tree("embed", "{\"batch_size\": 8}");
        List<String> notes = new ArrayList<>();
        DataDefaults.apply(t, columns(500, 120), notes);
        assertEquals(8, t.at("/trainer/batch_size").asInt(), "the user's value wins");
        assertEquals(300, t.at("/trainer/epochs").asInt());
        assertEquals(0.01, t.at("/trainer/learning_rate").asDouble());
        assertEquals("ngram", t.at("/input_features/0/preprocessing/tokenizer").asText());
        assertEquals(512, t.at("/input_features/0/preprocessing/max_sequence_length").asInt(), "4 x 120 words, rounded up");
        assertEquals("piecewise", t.at("/input_features/1/encoder/type").asText());
        assertEquals(0.8, t.at("/preprocessing/split/probabilities/0").asDouble());
        assertTrue(notes.get(0).startsWith("defaults for 500 rows: "), notes.toString());
    }

    @Test
    void sequenceEncodersKeepTheirTokensAndRate() {
        ObjectNode t = tree("rnn", "{}");
        DataDefaults.apply(t, columns(50000, 10), new ArrayList<>());
        assertTrue(t.at("/input_features/0/preprocessing/tokenizer").isMissingNode());
        assertTrue(t.at("/trainer/learning_rate").isMissingNode(), "recurrent encoders keep the registry's rate");
        assertEquals(128, t.at("/trainer/batch_size").asInt());
        assertTrue(t.at("/preprocessing/split").isMissingNode(), "large data keeps Ludwig's split");
    }

    @Test
    void autoIsTheDefaultForOneTabularTargetOnly() {
        ObjectNode tabular = ConfigMapper.readTree("""
                {"input_features": [{"name": "n", "column": "N", "type": "number"}],
                 "output_features": [{"name": "y", "column": "Y", "type": "category"}]}""");
        DataDefaults.apply(tabular, columns(500, 1), new ArrayList<>());
        assertEquals("auto", tabular.path("model_type").asText());
        ObjectNode smallText = tree("embed", "{}");
        DataDefaults.apply(smallText, columns(500, 10), new ArrayList<>());
        assertEquals("auto", smallText.path("model_type").asText(), "small text data: selection is cheap");
        ObjectNode text = tree("embed", "{}");
        DataDefaults.apply(text, columns(5000, 10), new ArrayList<>());
        assertTrue(text.path("model_type").isMissingNode(), "larger text data keeps the network (ecd)");
        ObjectNode pinned = ConfigMapper.readTree("""
                {"model_type": "gbm", "input_features": [{"name": "n", "column": "N", "type": "number"}],
                 "output_features": [{"name": "y", "column": "Y", "type": "category"}]}""");
        DataDefaults.apply(pinned, columns(500, 1), new ArrayList<>());
        assertEquals("gbm", pinned.path("model_type").asText(), "the user's model_type wins");
    }
}
