package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/** Losses DJL does not have in the form Ludwig's outputs need them. */
final class Losses {
    private Losses() {
    }

    /**
     * Softmax cross-entropy over (B, C) logits and (B) class indices, each row weighted by its
     * class's weight; the mean is over the weights (as PyTorch's {@code CrossEntropyLoss(weight=)}).
     */
    static Loss softmaxCrossEntropy(float[] classWeights) {
        return new Loss("softmax_cross_entropy") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray logits = predictions.singletonOrThrow();
                NDArray y = labels.singletonOrThrow().toType(DataType.INT64, false);
                NDArray oneHot = y.oneHot((int) logits.getShape().get(1)).toType(DataType.FLOAT32, false);
                NDArray picked = logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}); // (B)
                if (classWeights == null) {
                    return picked.mean().neg();
                }
                NDArray w = oneHot.matMul(logits.getManager().create(classWeights).expandDims(1)).squeeze(1);
                return picked.mul(w).sum().div(w.sum().maximum(1e-12f)).neg();
            }
        };
    }

    /** Huber loss on (B, 1) predictions: squared below {@code delta}, linear above. */
    static Loss huber(float delta) {
        return new Loss("huber") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray e = predictions.singletonOrThrow().sub(labels.singletonOrThrow().reshape(predictions.head().getShape())).abs();
                NDArray quadratic = e.minimum(delta);
                return quadratic.square().mul(0.5f).add(e.sub(quadratic).mul(delta)).mean();
            }
        };
    }

    /** Mean absolute error on (B, 1) predictions. */
    static Loss meanAbsolute() {
        return new Loss("mean_absolute_error") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                return predictions.singletonOrThrow().sub(labels.singletonOrThrow().reshape(predictions.head().getShape()))
                        .abs().mean();
            }
        };
    }

    /** Mean squared error on (B, 1) predictions. */
    static Loss meanSquared() {
        return new Loss("mean_squared_error") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                return predictions.singletonOrThrow().sub(labels.singletonOrThrow().reshape(predictions.head().getShape()))
                        .square().mean();
            }
        };
    }

    /** Sigmoid binary cross-entropy, element-wise over any shape (binary and multi-label set outputs). */
    static Loss sigmoidCrossEntropy(float positiveWeight) {
        return new Loss("sigmoid_cross_entropy") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray logits = predictions.singletonOrThrow();
                NDArray y = labels.singletonOrThrow().toType(DataType.FLOAT32, false).reshape(logits.getShape());
                // log(1 + e^-|x|) + max(x, 0) - x*y, weighted: stable for large logits.
                NDArray logSigmoidNeg = logits.abs().neg().exp().add(1f).log().add(logits.maximum(0f)); // -log(1 - sigmoid)
                NDArray positive = logSigmoidNeg.sub(logits); // -log(sigmoid)
                return y.mul(positive).mul(positiveWeight).add(y.neg().add(1f).mul(logSigmoidNeg)).mean();
            }
        };
    }
}
