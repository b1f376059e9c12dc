package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.features.Encoded;
import dev.pql.features.NumberProcessor;
import java.util.List;

/** True values as metrics compare them: class index, 0/1, or the number on the data's scale. */
final class Truth {
    private Truth() {
    }

    static double[] of(FeatureConfig target, Encoded labels, List<Object> raw) {
        double[] truth = new double[raw.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = switch (target.type()) {
                case CATEGORY -> ((Encoded.Ids) labels).ids()[i];
                case BINARY -> ((Encoded.Floats) labels).values()[i];
                default -> {
                    Double d = NumberProcessor.parse(raw.get(i));
                    yield d == null ? Double.NaN : d;
                }
            };
        }
        return truth;
    }
}
