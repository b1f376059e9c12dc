package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.features.Encoded;
import dev.pql.features.NumberProcessor;
import java.util.List;

/**
 * True values as metrics compare them: class index, 0/1, or the number on the data's scale; for a
 * set output, one 0/1 per vocabulary member ({@link #members}).
 */
final class Truth {
    private Truth() {
    }

    /** One value per row; a set output has none (its truth is {@link #members}), so it gets NaN. */
    static double[] of(FeatureConfig target, Encoded labels, List<Object> raw) {
        double[] truth = new double[raw.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = switch (target.type()) {
                case CATEGORY -> ((Encoded.Ids) labels).ids()[i];
                case BINARY -> ((Encoded.Floats) labels).values()[i];
                case SET -> Double.NaN;
                default -> {
                    Double d = NumberProcessor.parse(raw.get(i));
                    yield d == null ? Double.NaN : d;
                }
            };
        }
        return truth;
    }

    /** A set output's true members per row, multi-hot over its vocabulary (members it never saw are left out). */
    static float[][] members(Encoded labels) {
        Encoded.Matrix m = (Encoded.Matrix) labels;
        float[][] out = new float[m.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.row(i);
        }
        return out;
    }
}
