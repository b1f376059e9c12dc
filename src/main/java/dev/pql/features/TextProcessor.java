package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeaturePreprocessing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text and sequence features: tokenized, mapped to a vocabulary of the most common tokens
 * (0 = padding, 1 = unknown), cut at {@code max_sequence_length}. Padding goes on the right, and every encoder masks it out.
 */
public final class TextProcessor implements FeatureProcessor {
    public static final String PAD = "<PAD>";
    public static final String UNKNOWN = "<UNK>";
    private final FeatureConfig config;
    private final Tokenizer tokenizer;
    private Vocabulary vocabulary;

    TextProcessor(FeatureConfig config) {
        this.config = config;
        FeaturePreprocessing p = config.preprocessing();
        this.tokenizer = Tokenizer.of(p.tokenizer(), Boolean.TRUE.equals(p.lowercase()), p.ngramSize());
    }

    TextProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        this.vocabulary = new Vocabulary(m.vocabulary());
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public void fit(List<Object> values) {
        Map<String, Long> counts = new HashMap<>();
        for (Object v : values) {
            for (String token : tokenizer.tokenize(text(v))) {
                counts.merge(token, 1L, Long::sum);
            }
        }
        vocabulary = Vocabulary.fromCounts(counts, List.of(PAD, UNKNOWN), config.preprocessing().mostCommon());
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), vocabulary.entries(), null, null, null, null,
                config.preprocessing().maxSequenceLength(), null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        int max = config.preprocessing().maxSequenceLength();
        int[][] ids = new int[values.size()][];
        for (int i = 0; i < ids.length; i++) {
            List<String> tokens = tokenizer.tokenize(text(values.get(i)));
            int n = Math.min(tokens.size(), max);
            int[] seq = new int[n];
            for (int j = 0; j < n; j++) {
                seq[j] = vocabulary.indexOf(tokens.get(j), 1);
            }
            ids[i] = seq;
        }
        return new Encoded.Sequences(ids);
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }

    private String text(Object v) {
        if (FeatureProcessor.missing(v)) {
            Object fill = config.preprocessing().fillValue();
            return fill == null ? "" : fill.toString();
        }
        return v.toString();
    }
}
