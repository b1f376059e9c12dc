package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.config.LossConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.CategoryProcessor;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;
import java.util.List;
import java.util.Map;

/**
 * The output side of a model, per output type (Ludwig's output feature): how many logits, the
 * loss, and how logits become scores on the host.
 */
public final class OutputHead {
    private final FeatureConfig feature;
    private final FeatureProcessor processor;

    public OutputHead(FeatureConfig feature, FeatureProcessor processor) {
        this.feature = feature;
        this.processor = processor;
    }

    public FeatureConfig feature() {
        return feature;
    }

    public FeatureProcessor processor() {
        return processor;
    }

    /** Logits the decoder produces: one per class for category and set, one for binary and number. */
    public int units() {
        return switch (feature.type()) {
            case CATEGORY, SET -> processor.vocabularySize();
            default -> 1;
        };
    }

    /**
     * The configured loss: softmax cross-entropy with optional class weights (category), sigmoid
     * cross-entropy (binary, set), or mean squared error, mean absolute error or Huber (number).
     */
    public Loss loss() {
        LossConfig l = feature.loss();
        String type = l == null ? null : l.type();
        return switch (feature.type()) {
            case CATEGORY -> Losses.softmaxCrossEntropy(classWeights(l));
            case BINARY, SET -> Losses.sigmoidCrossEntropy(l == null || l.positiveClassWeight() == null ? 1f
                    : l.positiveClassWeight().floatValue());
            default -> switch (type == null ? "mean_squared_error" : type) {
                case "mean_absolute_error" -> Losses.meanAbsolute();
                case "huber" -> Losses.huber(l.delta() == null ? 1f : l.delta().floatValue());
                default -> Losses.meanSquared();
            };
        };
    }

    /** Ludwig's class_weights: a list in vocabulary order, or a map from class label to weight. */
    private float[] classWeights(LossConfig l) {
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

    /** The labels of some rows as the loss takes them. */
    public NDArray labels(NDManager manager, Encoded labels, int[] rows) {
        return labels.toNDArray(manager, rows);
    }

    /**
     * Scores on the host, one row per example: class probabilities (category), the probability of
     * true (binary), each member's probability (set), or the normalised value (number).
     */
    public float[][] scores(NDArray logits) {
        NDArray s = switch (feature.type()) {
            case CATEGORY -> logits.softmax(1);
            case BINARY, SET -> logits.getNDArrayInternal().sigmoid();
            default -> logits;
        };
        long rows = s.getShape().get(0);
        int cols = (int) s.getShape().get(1);
        float[] flat = s.toType(DataType.FLOAT32, false).toFloatArray();
        float[][] out = new float[(int) rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, out[r], 0, cols);
        }
        return out;
    }
}
