package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.registry.LoadedModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Feature attributions by occlusion: each input feature in turn is replaced by a missing value
 * (filled by its missing-value strategy, i.e. "what the model assumes without it") and the drop in
 * the tracked score is that feature's weight. Costs one extra forward pass per feature.
 */
final class Explanations {
    private Explanations() {
    }

    /** weights[row][feature] for a batch already scored as {@code scores}. */
    static double[][] weights(LoadedModel model, List<List<Object>> columns, float[][] scores) {
        int features = model.config().inputFeatures().size();
        int rows = scores.length;
        FeatureConfig target = model.head().feature();
        FeatureKind kind = FeatureKinds.of(target.type());
        double[][] weights = new double[rows][features];
        for (int f = 0; f < features; f++) {
            List<List<Object>> occluded = new ArrayList<>(columns);
            occluded.set(f, Collections.nCopies(rows, null));
            float[][] without = model.score(occluded);
            for (int r = 0; r < rows; r++) {
                weights[r][f] = kind.tracked(target, scores[r], scores[r]) - kind.tracked(target, without[r], scores[r]);
            }
        }
        return weights;
    }

    /** JSON {@code {"feature": weight, ...}} per row. */
    static List<String> explain(LoadedModel model, List<List<Object>> columns, float[][] scores) {
        List<FeatureConfig> inputs = model.config().inputFeatures();
        List<String> json = new ArrayList<>(scores.length);
        for (double[] row : weights(model, columns, scores)) {
            StringBuilder b = new StringBuilder("{");
            for (int f = 0; f < inputs.size(); f++) {
                b.append(f == 0 ? "" : ", ").append('"').append(inputs.get(f).name().replace("\"", "\\\"")).append("\": ")
                        .append(String.format(Locale.ROOT, "%.4f", row[f]));
            }
            json.add(b.append('}').toString());
        }
        return json;
    }

    /** Mean absolute weight per feature: the global view of SHOW FEATURE IMPORTANCE. */
    static double[] meanAbsolute(LoadedModel model, List<List<Object>> columns, float[][] scores) {
        double[][] weights = weights(model, columns, scores);
        double[] mean = new double[model.config().inputFeatures().size()];
        for (double[] row : weights) {
            for (int f = 0; f < mean.length; f++) {
                mean[f] += Math.abs(row[f]) / Math.max(1, weights.length);
            }
        }
        return mean;
    }
}
