package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.stats.Counts;
import dev.pql.features.stats.FeatureStatistics;
import java.util.List;

/** Category features: a vocabulary of the most common values; index 0 is {@code <UNK>} for unseen ones. */
public final class CategoryProcessor implements FeatureProcessor {
    public static final String UNKNOWN = "<UNK>";
    private final FeatureConfig config;
    private final boolean output;
    private Vocabulary vocabulary;

    CategoryProcessor(FeatureConfig config, boolean output) {
        this.config = config;
        this.output = output;
    }

    CategoryProcessor(FeatureConfig config, boolean output, FeatureMetadata m) {
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
        String fill = fillValue();
        for (Object v : values) {
            if (!FeatureProcessor.missing(v)) {
                counts.add(label(v));
            } else if (fill != null) {
                counts.add(fill); // Ludwig fills before it counts
            }
        }
        return FeatureStatistics.of(counts);
    }

    @Override
    public void fit(FeatureStatistics statistics) {
        Counts counts = statistics.counts();
        if (output && counts.size() < 2) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Target '" + config.name() + "' has " + counts.size()
                    + " distinct value(s) in the training data; a category target needs at least two.");
        }
        // Outputs reserve no <UNK>: every class is a real label.
        vocabulary = Vocabulary.fromCounts(counts, output ? List.of() : List.of(UNKNOWN),
                config.preprocessing().mostCommon());
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), vocabulary.entries(), null, null, null, null, null, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        long[] ids = new long[values.size()];
        for (int i = 0; i < ids.length; i++) {
            Object v = values.get(i);
            if (FeatureProcessor.missing(v) && !output && "fill_with_mode".equals(config.preprocessing().missingValueStrategy())
                    && vocabulary.size() > 1) {
                ids[i] = 1; // the most common training value: the vocabulary is sorted by count after <UNK>
                continue;
            }
            String fill = fillValue();
            if (FeatureProcessor.missing(v) && fill != null) {
                ids[i] = vocabulary.indexOf(fill, 0);
                continue;
            }
            ids[i] = FeatureProcessor.missing(v) ? (output ? -1 : 0) : vocabulary.indexOf(label(v), output ? -1 : 0);
        }
        return new Encoded.Ids(ids);
    }

    /** An input's fill_with_const value other than {@code <UNK>}, or null (then missing is {@code <UNK>}). */
    private String fillValue() {
        var p = config.preprocessing();
        if (output || p == null || p.fillValue() == null || !"fill_with_const".equals(p.missingValueStrategy())) {
            return null;
        }
        return UNKNOWN.equals(p.fillValue().toString()) ? null : p.fillValue().toString();
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }

    /** The class label at an output index. */
    public String labelAt(int index) {
        return vocabulary.get(index);
    }

    public List<String> labels() {
        return vocabulary.entries();
    }

    /** The string form of a value: numbers without a spurious ".0", as users wrote them. */
    static String label(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return v.toString().strip();
    }
}
