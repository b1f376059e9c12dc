package dev.pql.model;

import dev.pql.config.FeatureConfig;
import dev.pql.features.Encoded;
import java.util.ArrayList;
import java.util.List;

/**
 * The input features of a gbm model as LightGBM's dense row-major matrix: one column per number or
 * binary feature (trees do not care about the normalization), one categorical column of class ids
 * per category feature (LightGBM splits on categories natively), and one column per component of
 * the fixed-width features (date, vector, set and bag). Text and sequence features become token
 * counts: the token count of the row, then one column per token of the {@link #TEXT_COLUMNS} most
 * common of the vocabulary, which was fitted on the training rows only. Counts rather than TF-IDF
 * because a tree splits each column on a threshold: the per-token idf factor and a sublinear tf
 * change no split.
 */
public record GbmMatrix(double[] values, int rows, int columns, List<Integer> categorical) {
    /**
     * Token columns per text feature at most (scikit-learn's TF-IDF keeps every token; trees on a
     * few thousand rows find little in the long tail, and each column costs every row a value).
     */
    static final int TEXT_COLUMNS = 1000;
    /** Token ids below this are padding and unknown (see TextProcessor); the vocabulary's tokens follow, most common first. */
    private static final int FIRST_TOKEN = 2;

    /** Rows {@code rows} of the encoded inputs; {@code features} names them for errors. */
    public static GbmMatrix of(List<FeatureConfig> features, List<Encoded> inputs, int[] rows) {
        int columns = 0;
        List<Integer> categorical = new ArrayList<>();
        for (int f = 0; f < inputs.size(); f++) {
            Encoded e = inputs.get(f);
            if (e instanceof Encoded.Ids) {
                categorical.add(columns);
            }
            columns += width(features.get(f), e);
        }
        double[] values = new double[rows.length * columns];
        int offset = 0;
        int f = 0;
        for (Encoded e : inputs) {
            if (e instanceof Encoded.Floats fl) {
                for (int i = 0; i < rows.length; i++) {
                    values[i * columns + offset] = fl.values()[rows[i]];
                }
                offset += 1;
            } else if (e instanceof Encoded.Ids ids) {
                for (int i = 0; i < rows.length; i++) {
                    values[i * columns + offset] = ids.ids()[rows[i]];
                }
                offset += 1;
            } else if (e instanceof Encoded.Matrix m) {
                for (int i = 0; i < rows.length; i++) {
                    for (int j = 0; j < m.width(); j++) {
                        values[i * columns + offset + j] = m.values()[rows[i] * m.width() + j];
                    }
                }
                offset += m.width();
            } else if (e instanceof Encoded.Sequences seq) {
                int width = width(features.get(f), e);
                for (int i = 0; i < rows.length; i++) {
                    int at = i * columns + offset;
                    int length = seq.length(rows[i]);
                    values[at] = length;
                    for (int j = 0; j < length; j++) {
                        int t = seq.id(rows[i], j);
                        if (t >= FIRST_TOKEN && t - FIRST_TOKEN < width - 1) {
                            values[at + 1 + t - FIRST_TOKEN]++;
                        }
                    }
                }
                offset += width;
            }
            f++;
        }
        return new GbmMatrix(values, rows.length, columns, categorical);
    }

    private static int width(FeatureConfig feature, Encoded e) {
        if (e instanceof Encoded.Matrix m) {
            return m.width();
        }
        if (e instanceof Encoded.Sequences) {
            Integer mostCommon = feature.preprocessing() == null ? null : feature.preprocessing().mostCommon();
            return 1 + Math.min(TEXT_COLUMNS, mostCommon == null ? TEXT_COLUMNS : mostCommon);
        }
        return 1;
    }
}
