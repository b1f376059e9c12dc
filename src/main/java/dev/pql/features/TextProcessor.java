package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeaturePreprocessing;
import dev.pql.features.stats.FeatureStatistics;
import dev.pql.features.stats.Counts;
import java.util.List;

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
    public boolean mergeable() {
        return true;
    }

    @Override
    public FeatureStatistics accumulate(List<Object> values, int limit) {
        Counts counts = new Counts(limit);
        for (Object v : values) {
            tokenizer.tokenize(text(v)).forEach(counts::add);
        }
        return FeatureStatistics.of(counts);
    }

    @Override
    public void fit(FeatureStatistics statistics) {
        vocabulary = Vocabulary.fromCounts(statistics.counts(), List.of(PAD, UNKNOWN), config.preprocessing().mostCommon());
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), vocabulary.entries(), null, null, null, null,
                config.preprocessing().maxSequenceLength(), null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        int max = config.preprocessing().maxSequenceLength();
        boolean narrow = vocabulary.size() <= Encoded.Sequences.NARROW_VOCABULARY;
        char[][] small = narrow ? new char[values.size()][] : null;
        int[][] ids = narrow ? null : new int[values.size()][];
        for (int i = 0; i < values.size(); i++) {
            List<String> tokens = tokenizer.tokenize(text(values.get(i)));
            int n = Math.min(tokens.size(), max);
            if (narrow) {
                char[] seq = new char[n];
                for (int j = 0; j < n; j++) {
                    seq[j] = (char) vocabulary.indexOf(tokens.get(j), 1);
                }
                small[i] = seq;
            } else {
                int[] seq = new int[n];
                for (int j = 0; j < n; j++) {
                    seq[j] = vocabulary.indexOf(tokens.get(j), 1);
                }
                ids[i] = seq;
            }
        }
        return narrow ? Encoded.Sequences.narrow(small) : new Encoded.Sequences(ids);
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
