package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every name in Ludwig's schema (ludwig-schema.json) is either supported or refused with 0A000
 * naming it, never called a typo; stale keys are dropped with a note; strftime formats translate.
 */
class LudwigSchemaTest {
    private static final String INPUTS = "input_features:\n  - {name: age, type: number}\n  - {name: fare, type: number}\n"
            + "output_features:\n  - {name: survived, type: binary}\n";

    @Test
    void everyLudwigCombinerAndOptimizerIsSupportedOrNotSupportedNeverUnknown() {
        List<String> checked = new ArrayList<>();
        for (String c : Options.ludwigOnly("combiner")) {
            assertNotSupported(INPUTS + "combiner: {type: " + c + "}", "'" + c + "' (combiner)");
            checked.add(c);
        }
        for (String o : Options.ludwigOnly("trainer.optimizer")) {
            assertNotSupported(INPUTS + "trainer: {optimizer: {type: " + o + "}}", "'" + o + "' (optimizer)");
            checked.add(o);
        }
        assertTrue(checked.containsAll(List.of("ft_transformer", "radam", "lion", "lbfgs")), checked.toString());
    }

    @Test
    void everyLudwigTrainerKeyIsSupportedOrNotSupported() {
        for (String key : Options.ludwigOnly("trainer")) {
            String yaml = INPUTS + "trainer: {" + key + ": 7}";
            try {
                String notes = String.join("\n", Corpus.lowerConfig(yaml).notes());
                assertTrue(notes.contains("trainer." + key + ":"), "accepted without a note: " + key + "\n" + notes);
            } catch (PqlException e) {
                assertEquals(ErrorCode.NOT_SUPPORTED, e.code(), yaml + "\n" + e.getMessage());
                assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
            }
        }
    }

    @Test
    void everyLudwigEncoderOfSupportedTypesIsSupportedOrNotSupported() {
        for (String type : List.of("number", "category", "text", "binary", "set", "date")) {
            for (String e : Options.ludwigOnly(type + ".encoder")) {
                String column = switch (type) {
                    case "number" -> "age";
                    case "category" -> "color";
                    case "text" -> "review";
                    case "binary" -> "flag";
                    case "set" -> "title";
                    default -> "day";
                };
                assertNotSupported("input_features:\n  - {name: " + column + ", type: " + type + ", encoder: {type: " + e
                        + "}}\noutput_features:\n  - {name: survived, type: binary}\n", "'" + e + "'");
            }
        }
    }

    @Test
    void theSchemaHasWhatRealConfigsUse() {
        assertTrue(Options.ludwigOnly("combiner.tabnet").containsAll(List.of("size", "sparsity", "bn_virtual_bs"))
                || Options.variant("combiner", "tabnet") != null);
        assertTrue(LudwigSchema.modelTypes().contains("llm"));
        assertTrue(LudwigSchema.featureKeys("output", "binary").contains("threshold"));
    }

    @Test
    void staleKeysAreDroppedWithANoteNamingThem() {
        String notes = String.join("\n", ConfigCorpusTest.fromFile("37_ludwig_stale_keys.yaml").notes());
        for (String expected : List.of("trainer.type:", "trainer.shuffle_buffer_size:", "hyperopt: {}",
                "combiner.fc_size: 64 is Ludwig's old name of output_size", "combiner.num_steps: Ludwig's concat combiner "
                        + "has no option 'num_steps' (its tabnet has)", "preprocessing.word_tokenizer: Ludwig's old name",
                "input_features[0]: embedding_size, use_bias moved into encoder", "input_features[0].bias: Ludwig's old name read as "
                        + "'use_bias'", "output_features[0].weight_regularization: \"l2\" is an option of older Ludwig versions",
                "output_features[0]: fc_layers, dropout (as fc_dropout) moved into decoder")) {
            assertTrue(notes.contains(expected), "no note '" + expected + "' in:\n" + notes);
        }
    }

    @Test
    void flatDecoderKeysNestAsLudwigNestsThem() {
        DecoderConfig d = ConfigCorpusTest.fromFile("37_ludwig_stale_keys.yaml").config().outputFeatures().get(0).decoder();
        assertEquals(16, d.fcLayers().get(0).outputSize());
        assertEquals(0.1, d.fcDropout(), 1e-9);
    }

    @Test
    void strftimeFormatsBecomeJavaTimePatterns() {
        assertEquals("yyyy-MM-dd", StrftimeFormat.toJava("%Y-%m-%d"));
        assertEquals("dd/MM/yyyy HH:mm:ss", StrftimeFormat.toJava("%d/%m/%Y %H:%M:%S"));
        assertEquals("yyyy'T'HH'h'mm%", StrftimeFormat.toJava("%YT%Hh%M%%"));
        assertNull(StrftimeFormat.toJava("%Y-%U"));
        assertEquals("yyyy-MM-dd", ConfigCorpusTest.fromFile("38_strftime_dates.yaml").config().inputFeatures().get(0)
                .preprocessing().datetimeFormat());
    }

    private static void assertNotSupported(String yaml, String naming) {
        PqlException e = assertThrows(PqlException.class, () -> Corpus.lowerConfig(yaml), yaml);
        assertEquals(ErrorCode.NOT_SUPPORTED, e.code(), yaml + "\n" + e.getMessage());
        assertTrue(e.getMessage().contains(naming), e.getMessage());
    }
}
