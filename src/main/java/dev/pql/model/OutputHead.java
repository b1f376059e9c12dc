package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;
import dev.pql.config.FeatureConfig;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;

/**
 * The output side of a model (Ludwig's output feature): how many logits, the loss, and how logits
 * become scores on the host, each as its type's {@link HeadKind} says.
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

    /** The output type's part of the model (looked up when used, so a head is made for any type as before). */
    private HeadKind kind() {
        return HeadKinds.of(feature.type());
    }

    /** Logits the decoder produces: one per class for category and set, one for binary and number. */
    public int units() {
        return kind().units(processor);
    }

    /**
     * The configured loss: softmax cross-entropy with optional class weights (category), sigmoid
     * cross-entropy (binary, set), or mean squared error, mean absolute error or Huber (number).
     */
    public Loss loss() {
        return kind().loss(feature, processor);
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
        NDArray s = kind().scores(logits);
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
