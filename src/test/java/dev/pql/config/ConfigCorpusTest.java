package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.config.encoders.EmbedOptions;
import dev.pql.config.encoders.ParallelCnnOptions;
import dev.pql.parse.Ast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The valid corpus: Ludwig-format configs (current and old spellings, small and large) that must
 * load, round-trip (YAML → IR → YAML → IR equal) and, where a .pql beside them says the same model
 * as a statement, lower to exactly the same IR as that statement.
 */
class ConfigCorpusTest {
    static List<String> configs() throws IOException {
        return Corpus.files(Corpus.VALID, "yaml", "json");
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertTrue(configs().size() >= 30, "at least 30 valid configs, found " + configs().size());
    }

    @ParameterizedTest
    @MethodSource("configs")
    void loadsAndRoundTrips(String file) throws IOException {
        Lowering.Lowered first = fromFile(file);
        String yaml = ConfigMapper.toYaml(first.config());
        Lowering.Lowered second = Corpus.lowerConfig(yaml);
        assertEquals(first.config(), second.config(), file + " does not round-trip; its YAML:\n" + yaml);
        String json = ConfigMapper.toJson(first.config());
        assertEquals(first.config(), Corpus.lowerConfig(json).config(), file + " does not round-trip through JSON");
    }

    @ParameterizedTest
    @MethodSource("configs")
    void lowersLikeItsStatement(String file) throws IOException {
        Path pql = Corpus.VALID.resolve(Corpus.base(file) + ".pql");
        if (!Files.exists(pql)) {
            return;
        }
        Lowering.Lowered fromConfig = fromFile(file);
        Lowering.Lowered fromStatement = Corpus.lower(Files.readString(pql));
        assertEquals(ConfigMapper.toYaml(fromStatement.config()), ConfigMapper.toYaml(fromConfig.config()),
                file + " and its .pql lower differently");
        assertEquals(fromStatement.config(), fromConfig.config());
    }

    @Test
    void oldSpellingsAreReportedAsNotes() throws IOException {
        List<String> notes = fromFile("35_old_everything.yaml").notes();
        String all = String.join("\n", notes);
        for (String expected : List.of("training: Ludwig's old name read as 'trainer'",
                "input_features[1].type: Ludwig's old type 'numerical' read as 'number'",
                "input_features[0].encoder: 'parallel_cnn' read as encoder.type = 'parallel_cnn'",
                "input_features[0]: num_filters moved into encoder",
                "trainer.validation_measure: Ludwig's old name read as 'validation_metric'",
                "preprocessing.text moved to defaults.text.preprocessing",
                "preprocessing: the old split keys read as preprocessing.split")) {
            assertTrue(all.contains(expected), "missing note '" + expected + "' in:\n" + all);
        }
    }

    @Test
    void harmlessLudwigDefaultsAreNotedNotFailed() throws IOException {
        String all = String.join("\n", fromFile("23_ludwig_resolved.yaml").notes());
        assertTrue(all.contains("output_features[0].dependencies: [] is what PQL does anyway; left out."), all);
        assertTrue(all.contains("ludwig_version: \"0.8.6\" is what PQL does anyway; left out."), all);
    }

    @Test
    void typedDefaultsApplyOnlyToTheirEncoder() throws IOException {
        ModelConfig c = fromFile("09_defaults_typed_encoder.yaml").config();
        assertEquals("parallel_cnn", c.inputFeatures().get(0).encoder().type());
        assertEquals(16, c.inputFeatures().get(0).encoder().options(ParallelCnnOptions.class).numFilters());
        assertEquals("embed", c.inputFeatures().get(1).encoder().type());
        // embed's record has no num_filters: the typed defaults could not have reached it
        assertEquals(new EmbedOptions(16, "mean", 0.0), c.inputFeatures().get(1).encoder().options());
        assertEquals(Map.of("text", "parallel_cnn"), Map.of("text", c.defaults().get("text").encoder().type()));
    }

    @Test
    void yamlQuotesWhatYamlWouldMisread() {
        for (String s : List.of("2020", "yes", "on", "null", "true", "1e5", "~", "a: b", "- x", "#x", "<UNK>", "")) {
            com.fasterxml.jackson.databind.node.ObjectNode tree = ConfigMapper.json().createObjectNode().put("v", s);
            assertEquals(tree, ConfigMapper.parse(ConfigMapper.toYamlTree(tree), "test"), s);
        }
    }

    static Lowering.Lowered fromFile(String file) {
        return fromFile(Corpus.VALID.resolve(file));
    }

    /** Lowers {@code CREATE MODEL m FROM t CONFIG FILE '<file>'}. */
    static Lowering.Lowered fromFile(Path file) {
        Ast.Position at = new Ast.Position(1, 1);
        return Lowering.lower(new Ast.CreateModel(new Ast.Name("m", false, at), false, false, List.of(), List.of(),
                List.of(), new Ast.Source("t", null, at), Map.of(),
                new Ast.ConfigRef(file.toString(), true, at)), Corpus.COLUMNS);
    }
}
