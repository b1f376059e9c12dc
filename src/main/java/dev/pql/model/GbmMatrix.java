package dev.pql.model;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import java.util.ArrayList;
import java.util.List;

/**
 * The input features of a gbm model as LightGBM's dense row-major matrix: one column per number or
 * binary feature (trees do not care about the normalization), one categorical column of class ids
 * per category feature (LightGBM splits on categories natively), and one column per component of
 * the fixed-width features (date, vector, set and bag). Text and sequence features have no such
 * columns: a tree model cannot read token sequences.
 */
public record GbmMatrix(double[] values, int rows, int columns, List<Integer> categorical) {

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
            }
        }
        return new GbmMatrix(values, rows.length, columns, categorical);
    }

    private static int width(FeatureConfig feature, Encoded e) {
        if (e instanceof Encoded.Matrix m) {
            return m.width();
        }
        if (e instanceof Encoded.Sequences) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "model_type gbm cannot read the "
                    + feature.type().ludwigName() + " feature '" + feature.name() + "': trees read number, binary, "
                    + "category, date, vector, set and bag features. Leave it out (GIVEN * EXCEPT " + feature.name()
                    + ") or use model_type ecd, whose encoders read text.");
        }
        return 1;
    }
}
