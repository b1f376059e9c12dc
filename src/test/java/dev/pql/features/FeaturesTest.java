package dev.pql.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.config.FeatureConfig;
import dev.pql.error.PqlException;
import dev.pql.model.Tiny;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preprocessors of each feature type: tokenizers, statistics, encodings, and their metadata round trip. */
class FeaturesTest {
    static FeatureConfig feature(String type, String preprocessing) {
        return Tiny.config("""
                {"input_features": [{"name": "x", "column": "x", "type": "%s", "preprocessing": %s}],
                 "output_features": [{"name": "y", "column": "y", "type": "binary"}]}""".formatted(type, preprocessing))
                .inputFeatures().get(0);
    }

    @Test
    void tokenizers() {
        assertEquals(List.of("hi,", "you!"), Tokenizer.of("space", false).tokenize("hi, you!"));
        assertEquals(List.of("hi", ",", "you", "!"), Tokenizer.of("space_punct", false).tokenize("hi, you!"));
        assertEquals(List.of("a", "b", "c"), Tokenizer.of("characters", false).tokenize("a b c"));
        assertEquals(List.of("red", "light blue"), Tokenizer.of("comma", false).tokenize("red, light blue,"));
        assertEquals(List.of("buy", "now", "buy now", "!", "now !"), Tokenizer.of("ngram", true, 2).tokenize("Buy NOW!"));
        assertThrows(PqlException.class, () -> Tokenizer.of("bpe", false));
    }

    @Test
    void numbersNormaliseBothWaysAndKeepQuantiles() {
        for (String norm : List.of("zscore", "minmax", "log1p")) {
            NumberProcessor p = (NumberProcessor) Processors.create(feature("number",
                    "{\"normalization\": \"" + norm + "\"}"), false);
            p.fit(List.of(1.0, 2.0, 3.0, 10.0));
            assertEquals(7.0, p.denormalize(p.normalize(7.0)), 1e-9, norm);
            NumberProcessor restored = (NumberProcessor) Processors.restore(p.config(), false, p.metadata());
            assertEquals(p.normalize(5.0), restored.normalize(5.0), 1e-12);
            double[] edges = restored.normalizedEdges(4);
            for (int i = 1; i < edges.length; i++) {
                assertTrue(edges[i] > edges[i - 1], "edges increase: " + Arrays.toString(edges));
            }
        }
        NumberProcessor constant = (NumberProcessor) Processors.create(feature("number", "{}"), false);
        constant.fit(List.of(3.0, 3.0, 3.0));
        assertEquals(1, constant.normalizedEdges(8).length, "repeated quantiles merge into one edge");
        NumberProcessor filled = (NumberProcessor) Processors.create(feature("number",
                "{\"missing_value_strategy\": \"fill_with_const\", \"fill_value\": 5.0, \"normalization\": \"minmax\"}"), false);
        filled.fit(List.of(0.0, 10.0));
        assertEquals(0.5f, ((Encoded.Floats) filled.encode(java.util.Collections.singletonList(null))).values()[0], 1e-6);
    }

    @Test
    void datesBecomeCalendarComponents() {
        FeatureProcessor p = Processors.create(feature("date", "{}"), false);
        p.fit(List.of("2024-03-15 13:45:30", "2022-01-01"));
        float[] v = ((Encoded.Matrix) p.encode(List.of("2024-03-15 13:45:30"))).row(0);
        // year (z-scored), month-1, day-1, weekday (Monday 0), day of year-1, hour, minute, second, time of day
        assertArrayEquals(new float[] {1f, 2, 14, 4, 74, 13, 45, 30, (13 * 3600 + 45 * 60 + 30) / 86400f}, v, 1e-5f);
        FeatureProcessor custom = Processors.create(feature("date", "{\"datetime_format\": \"dd.MM.yyyy\"}"), false);
        custom.fit(List.of("15.03.2024"));
        assertEquals(2f, ((Encoded.Matrix) custom.encode(List.of("15.03.2024"))).row(0)[1]);
    }

    @Test
    void setsAreMultiHotAndBagsCount() {
        FeatureProcessor set = Processors.create(feature("set", "{}"), false);
        set.fit(List.of("a b", "b c", "b"));
        assertEquals(List.of("<UNK>", "b", "a", "c"), set.metadata().vocabulary());
        assertArrayEquals(new float[] {1, 1, 0, 0}, ((Encoded.Matrix) set.encode(List.of("b b zzz"))).row(0));
        FeatureProcessor bag = Processors.create(feature("bag", "{}"), false);
        bag.fit(List.of("a b", "b c", "b"));
        assertArrayEquals(new float[] {1, 2, 0, 0}, ((Encoded.Matrix) bag.encode(List.of("b b zzz"))).row(0));
        assertEquals(4, Processors.restore(bag.config(), false, bag.metadata()).vocabularySize());
    }

    /** A predicted set output (PREDICT's {@code <t>}) must read back as the same members. */
    @Test
    void joinedSetMembersReadBackForEachTokenizer() {
        for (String tokenizer : List.of("space", "space_punct", "comma")) {
            SetProcessor p = (SetProcessor) Processors.create(feature("set", "{\"tokenizer\": \"" + tokenizer + "\"}"), true);
            List<String> members = tokenizer.equals("comma") ? List.of("light blue", "red") : List.of("c", "+", "red");
            assertEquals(members, p.members(p.join(members)), tokenizer);
            assertEquals(List.of(), p.members(p.join(List.of())), tokenizer);
        }
    }

    @Test
    void vectorsHaveAFixedSize() {
        FeatureProcessor p = Processors.create(feature("vector", "{}"), false);
        p.fit(List.of("1 2 3", "[4, 5, 6]"));
        assertArrayEquals(new float[] {4, 5, 6, 0, 0, 0},
                ((Encoded.Matrix) p.encode(java.util.Arrays.asList("[4, 5, 6]", null))).values());
        PqlException e = assertThrows(PqlException.class, () -> p.encode(List.of("1 2")));
        assertTrue(e.getMessage().contains("3 are expected"), e.getMessage());
    }

    @Test
    void tokenIdsOfASmallVocabularyAreKeptIn16BitsWithTheSameValues() {
        int[][] wide = {{2, 65535, 7}, {}, {40000}};
        char[][] narrow = {{2, 65535, 7}, {}, {40000}};
        Encoded.Sequences a = new Encoded.Sequences(wide);
        Encoded.Sequences b = Encoded.Sequences.narrow(narrow);
        assertEquals(a.size(), b.size());
        for (int r = 0; r < wide.length; r++) {
            assertEquals(a.length(r), b.length(r));
            for (int j = 0; j < a.length(r); j++) {
                assertEquals(a.id(r, j), b.id(r, j), "row " + r + " token " + j);
            }
        }
        assertEquals(65535, b.id(0, 1), "an id up to 65,535 reads back unsigned");
        assertEquals(a.shape(new int[] {0, 2}), b.shape(new int[] {0, 2}));
    }

    @Test
    void textAndSequenceVocabularies() {
        FeatureProcessor text = Processors.create(feature("text", "{\"max_sequence_length\": 3}"), false);
        text.fit(List.of("Good day, good night"));
        Encoded.Sequences ids = (Encoded.Sequences) text.encode(List.of("good NEW day today"));
        assertEquals(3, ids.length(0), "cut at max_sequence_length");
        assertEquals(1, ids.id(0, 1), "unknown tokens map to <UNK>");
        FeatureProcessor seq = Processors.create(feature("sequence", "{}"), false);
        seq.fit(List.of("A b A"));
        assertEquals(List.of("<PAD>", "<UNK>", "A", "b"), seq.metadata().vocabulary(), "sequences keep case");
    }
}
