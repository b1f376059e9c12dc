package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeaturePreprocessing;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.stats.Counts;
import dev.pql.features.stats.FeatureStatistics;
import java.util.List;

/**
 * Set and bag features: each value is tokenized into members (a set counts each once, a bag
 * counts repeats) over a vocabulary of the most common members. Inputs reserve index 0 for
 * {@code <UNK>}; a set output has only real members, one sigmoid each.
 */
public final class SetProcessor implements FeatureProcessor {
    private final FeatureConfig config;
    private final boolean output;
    private final Tokenizer tokenizer;
    private Vocabulary vocabulary;

    SetProcessor(FeatureConfig config, boolean output) {
        this.config = config;
        this.output = output;
        FeaturePreprocessing p = config.preprocessing();
        this.tokenizer = Tokenizer.of(p.tokenizer() == null ? "space" : p.tokenizer(), Boolean.TRUE.equals(p.lowercase()));
    }

    SetProcessor(FeatureConfig config, boolean output, FeatureMetadata m) {
        this(config, output);
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
            members(v).forEach(counts::add); // rows per member: a member repeated in a row counts once
        }
        return FeatureStatistics.of(counts);
    }

    @Override
    public void fit(FeatureStatistics statistics) {
        Counts counts = statistics.counts();
        if (output && counts.size() == 0) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Target '" + config.name() + "' has no set members in the "
                    + "training data.");
        }
        vocabulary = Vocabulary.fromCounts(counts, output ? List.of() : List.of(CategoryProcessor.UNKNOWN),
                config.preprocessing().mostCommon());
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), vocabulary.entries(), null, null, null, null, null, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        int width = vocabulary.size();
        boolean bag = config.type() == FeatureType.BAG;
        float[] out = new float[values.size() * width];
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (FeatureProcessor.missing(v)) {
                continue;
            }
            for (String t : tokenizer.tokenize(v.toString())) {
                int j = vocabulary.indexOf(t, output ? -1 : 0);
                if (j >= 0) {
                    out[i * width + j] = bag ? out[i * width + j] + 1 : 1;
                }
            }
        }
        return new Encoded.Matrix(out, width);
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }

    /** The member at an output index. */
    public String labelAt(int index) {
        return vocabulary.get(index);
    }

    public List<String> labels() {
        return vocabulary.entries();
    }

    /**
     * Members as one value this processor reads back as the same set: joined by ", " for the
     * {@code comma} tokenizer (its members may hold spaces but never commas), else by a space (the
     * other tokenizers' members hold no white space). An empty set is the empty string.
     */
    public String join(List<String> members) {
        return String.join("comma".equals(config.preprocessing().tokenizer()) ? ", " : " ", members);
    }

    /** The distinct members of a value as this processor tokenizes it (known to the vocabulary or not). */
    public List<String> members(Object value) {
        return FeatureProcessor.missing(value) ? List.of() : tokenizer.tokenize(value.toString()).stream().distinct().toList();
    }
}
