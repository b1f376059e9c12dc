package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;

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

    /** Logits the decoder produces: one per class for category, one for binary and number. */
    public int units() {
        return switch (feature.type()) {
            case CATEGORY -> processor.vocabularySize();
            default -> 1;
        };
    }

    /** Softmax cross-entropy (category), sigmoid binary cross-entropy (binary) or mean squared error (number). */
    public Loss loss() {
        return switch (feature.type()) {
            case CATEGORY -> Loss.softmaxCrossEntropyLoss();
            case BINARY -> Loss.sigmoidBinaryCrossEntropyLoss();
            default -> Loss.l2Loss();
        };
    }

    /** The labels of some rows as the loss takes them. */
    public NDArray labels(NDManager manager, Encoded labels, int[] rows) {
        return labels.toNDArray(manager, rows);
    }

    /**
     * Scores on the host, one row per example: class probabilities (category), the probability of
     * true (binary), or the normalised value (number).
     */
    public float[][] scores(NDArray logits) {
        NDArray s = switch (feature.type()) {
            case CATEGORY -> logits.softmax(1);
            case BINARY -> logits.getNDArrayInternal().sigmoid();
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
