package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.LossConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.CategoryProcessor;
import dev.pql.features.FeatureProcessor;
import java.util.List;
import java.util.Map;

/** Category outputs: one logit per class, softmax cross-entropy with optional class weights, class probabilities. */
final class CategoryHead implements HeadKind {
    @Override
    public FeatureType type() {
        return FeatureType.CATEGORY;
    }

    @Override
    public int units(FeatureProcessor processor) {
        return processor.vocabularySize();
    }

    @Override
    public Loss loss(FeatureConfig feature, FeatureProcessor processor) {
        return Losses.softmaxCrossEntropy(classWeights(feature, processor));
    }

    @Override
    public NDArray scores(NDArray logits) {
        return logits.softmax(1);
    }

    /** Ludwig's class_weights: a list in vocabulary order, or a map from class label to weight. */
    private static float[] classWeights(FeatureConfig feature, FeatureProcessor processor) {
        LossConfig l = feature.loss();
        if (l == null || l.classWeights() == null) {
            return null;
        }
        List<String> labels = ((CategoryProcessor) processor).labels();
        float[] w = new float[labels.size()];
        java.util.Arrays.fill(w, 1f);
        if (l.classWeights() instanceof List<?> list) {
            if (list.size() != w.length) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "'" + feature.name() + ".loss.class_weights' has "
                        + list.size() + " weights but the target has " + w.length + " classes (" + String.join(", ", labels) + ").");
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = ((Number) list.get(i)).floatValue();
            }
        } else if (l.classWeights() instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                int i = labels.indexOf(String.valueOf(e.getKey()));
                if (i < 0) {
                    throw new PqlException(ErrorCode.INVALID_CONFIG, "'" + feature.name() + ".loss.class_weights' names class '"
                            + e.getKey() + "', which the target does not have; its classes are " + String.join(", ", labels) + ".");
                }
                w[i] = ((Number) e.getValue()).floatValue();
            }
        }
        return w;
    }
}
