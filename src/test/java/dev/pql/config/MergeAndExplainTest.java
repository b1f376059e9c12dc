package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.config.encoders.CategoryDenseOptions;
import dev.pql.config.encoders.EmbedOptions;
import dev.pql.config.encoders.ParallelCnnOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a statement and a config merge (the statement wins, and says so), GIVEN * EXCEPT, WITH paths,
 * where EXPLAIN says each value came from, RETRAIN overrides and DIFF's rows.
 */
class MergeAndExplainTest {
    private static final String CONFIG = "input_features:\n"
            + "  - {name: subject, type: text, encoder: {type: embed, embedding_size: 32}}\n"
            + "  - {name: color, type: category}\n"
            + "output_features:\n  - {name: class, type: category}\n"
            + "trainer: {epochs: 50}\n";

    private static Lowering.Lowered lower(String statement) {
        return Corpus.lower(statement.replace("$CONFIG", CONFIG.replace("'", "''")));
    }

    private static String notes(Lowering.Lowered l) {
        return String.join("\n", l.notes());
    }

    @Test
    void statementTypeReplacesTheConfigsAndSaysSo() {
        Lowering.Lowered l = lower("CREATE MODEL m PREDICT class BINARY FROM t CONFIG '$CONFIG'");
        assertEquals(FeatureType.BINARY, l.config().outputFeatures().get(0).type());
        assertTrue(notes(l).contains("class: type binary from the statement replaces the config's category."), notes(l));
    }

    @Test
    void givenListsTheInputsAndKeepsTheConfigsSettings() {
        Lowering.Lowered l = lower("CREATE MODEL m PREDICT class GIVEN subject (dropout = 0.5), body FROM t CONFIG '$CONFIG'");
        List<FeatureConfig> in = l.config().inputFeatures();
        assertEquals(List.of("subject", "body"), in.stream().map(FeatureConfig::name).toList());
        assertEquals(32, in.get(0).encoder().options(EmbedOptions.class).embeddingSize());
        assertEquals(0.5, in.get(0).encoder().options(EmbedOptions.class).dropout());
        assertEquals(FeatureType.TEXT, in.get(1).type());
        assertTrue(notes(l).contains("color: the config's input feature is not in GIVEN; left out"), notes(l));
    }

    @Test
    void statementEncoderReplacesTheConfigsEncoder() {
        Lowering.Lowered l = lower("CREATE MODEL m PREDICT class GIVEN subject ENCODER parallel_cnn FROM t CONFIG '$CONFIG'");
        EncoderConfig e = l.config().inputFeatures().get(0).encoder();
        assertEquals("parallel_cnn", e.type());
        assertEquals(64, e.options(ParallelCnnOptions.class).embeddingSize());
        assertTrue(notes(l).contains("subject: encoder parallel_cnn from the statement replaces the config's embed."));
    }

    @Test
    void withWinsOverTheConfigAndSaysSo() {
        Lowering.Lowered l = lower("CREATE MODEL m FROM t WITH (trainer.epochs = 3, "
                + "subject.encoder.type = 'parallel_cnn') CONFIG '$CONFIG'");
        assertEquals(3, l.config().trainer().epochs());
        assertTrue(notes(l).contains("WITH trainer.epochs = 3 replaces 50."), notes(l));
        // the embed options that parallel_cnn also has are kept; the rest start from parallel_cnn's defaults
        ParallelCnnOptions subject = l.config().inputFeatures().get(0).encoder().options(ParallelCnnOptions.class);
        assertEquals(32, subject.embeddingSize());
        assertEquals("max", subject.reduceOutput());
    }

    @Test
    void givenStarExceptLeavesColumnsOut() {
        Lowering.Lowered l = Corpus.lower("CREATE MODEL m PREDICT class GIVEN * EXCEPT (body, review, title, day) FROM t");
        List<String> names = l.config().inputFeatures().stream().map(FeatureConfig::name).toList();
        assertFalse(names.contains("body"));
        assertFalse(names.contains("review"));
        assertTrue(names.contains("subject"));
        assertFalse(names.contains("id"), "an ID column is dropped");
        assertTrue(notes(l).contains("ID: dropped, unique integer values, looks like an ID"), notes(l));
        assertTrue(notes(l).contains("CONSTANT: dropped, constant (1 distinct value)"), notes(l));
    }

    @Test
    void exceptAlsoFiltersTheConfigsInputs() {
        Lowering.Lowered l = lower("CREATE MODEL m GIVEN * EXCEPT (color) FROM t CONFIG '$CONFIG'");
        assertEquals(List.of("subject"), l.config().inputFeatures().stream().map(FeatureConfig::name).toList());
    }

    @Test
    void explainSaysWhereEachValueCameFrom() {
        Lowering.Lowered l = lower("CREATE MODEL m PREDICT class GIVEN subject, color, age FROM t "
                + "WITH (trainer.batch_size = 16, defaults.number.preprocessing.normalization = 'minmax') CONFIG '$CONFIG'");
        Map<String, String> s = l.sources();
        assertEquals("config", s.get("trainer.epochs"));
        assertEquals("with", s.get("trainer.batch_size"));
        assertEquals("data", s.get("trainer.learning_rate"));
        assertEquals("config", s.get("subject.encoder.embedding_size"));
        assertEquals("default", s.get("subject.encoder.reduce_output"));
        assertEquals("inferred", s.get("age.type"));
        assertEquals("config", s.get("subject.type"));
        assertEquals("defaults", s.get("age.preprocessing.normalization"));
        assertEquals("statement", s.get("age.column"));
        assertEquals(ConfigPaths.flatten(l.config()).keySet(), s.keySet());
    }

    @Test
    void retrainAppliesOverridesToTheStoredConfig() {
        ModelConfig base = lower("CREATE MODEL m PREDICT class GIVEN subject, color FROM t CONFIG '$CONFIG'").config();
        Lowering.Lowered l = Retraining.explain(base, Map.of("subject.encoder.type", "parallel_cnn",
                "defaults.category.encoder.embedding_size", 4L));
        FeatureConfig subject = l.config().inputFeatures().get(0);
        assertEquals("parallel_cnn", subject.encoder().type());
        assertEquals(64, subject.encoder().options(ParallelCnnOptions.class).embeddingSize(),
                "a new encoder starts from its own defaults");
        assertEquals(4, l.config().inputFeatures().get(1).encoder().options(CategoryDenseOptions.class).embeddingSize());
        assertEquals("stored", l.sources().get("trainer.epochs"));
        assertEquals("with", l.sources().get("subject.encoder.type"));
        assertTrue(notes(l).contains("also applies to color"), notes(l));
    }

    @Test
    void diffListsTheChangedPaths() {
        ModelConfig a = lower("CREATE MODEL m FROM t CONFIG '$CONFIG'").config();
        ModelConfig b = lower("CREATE MODEL m FROM t WITH (subject.encoder.type = 'parallel_cnn', "
                + "trainer.epochs = 10) CONFIG '$CONFIG'").config();
        List<String[]> rows = ConfigPaths.diff(ConfigPaths.flatten(a), ConfigPaths.flatten(b));
        Map<String, String[]> byPath = new java.util.HashMap<>();
        rows.forEach(r -> byPath.put(r[0], r));
        assertEquals(List.of("embed", "parallel_cnn"), List.of(byPath.get("subject.encoder.type")[1],
                byPath.get("subject.encoder.type")[2]));
        assertEquals("50", byPath.get("trainer.epochs")[1]);
        assertNull(byPath.get("subject.encoder.num_filters")[1]);
        assertEquals("64", byPath.get("subject.encoder.num_filters")[2]);
        assertFalse(byPath.containsKey("trainer.learning_rate"));
        assertTrue(ConfigPaths.diff(ConfigPaths.flatten(a), ConfigPaths.flatten(a)).isEmpty());
    }

    @Test
    void pathsAreTheWithPaths() {
        Map<String, JsonNode> paths = ConfigPaths.flatten(lower("CREATE MODEL m FROM t CONFIG '$CONFIG'").config());
        assertEquals("[\"subject\",\"color\"]", paths.get("input_features").toString());
        assertEquals("embed", paths.get("subject.encoder.type").asText());
        assertEquals(50, paths.get("trainer.epochs").asInt());
    }

    @Test
    void yamlIsLudwigShaped() {
        String yaml = ConfigMapper.toYaml(lower("CREATE MODEL m FROM t CONFIG '$CONFIG'").config());
        assertTrue(yaml.startsWith("model_type: auto\ninput_features:\n  - name: subject\n    column: SUBJECT\n"), yaml);
        assertTrue(yaml.contains("\n    encoder:\n      type: embed\n      embedding_size: 32\n"), yaml);
    }
}
