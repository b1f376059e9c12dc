package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.features.Encoded;
import java.util.List;

/**
 * True values as metrics compare them, each type's read by its {@link FeatureKind#truth}: class index,
 * 0/1, or the number on the data's scale; for a set output, one 0/1 per vocabulary member
 * ({@link FeatureKind#members}).
 */
final class Truth {
    private Truth() {
    }

    /** One value per row; a set output has none (its truth is its members), so it gets NaN. */
    static double[] of(FeatureConfig target, Encoded labels, List<Object> raw) {
        FeatureKind kind = FeatureKinds.of(target.type());
        double[] truth = new double[raw.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = kind.truth(labels, i, raw.get(i));
        }
        return truth;
    }
}
