package dev.pql.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.HashMap;
import java.util.Map;

/**
 * RMSprop and Adagrad written with plain array operations, as PyTorch defines them: DJL's own
 * need operators its PyTorch engine lacks (rmsprop_update, sparse Adagrad).
 */
final class ManualOptimizers {
    private ManualOptimizers() {
    }

    /** Options both share: the rate, L2 weight decay and value clipping. */
    static final class Builder extends Optimizer.OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }

    static Optimizer rmsprop(ParameterTracker lr, float decay, float clip, float alpha, float momentum, float eps,
                             boolean centered) {
        return new Base(lr, decay, clip) {
            @Override
            void apply(String id, NDArray weight, NDArray g, float rate) {
                NDArray sq = state(id, "square", weight);
                sq.muli(alpha).addi(g.square().mul(1 - alpha));
                NDArray denominator;
                if (centered) {
                    NDArray mean = state(id, "mean", weight);
                    mean.muli(alpha).addi(g.mul(1 - alpha));
                    denominator = sq.sub(mean.square()).sqrt().add(eps);
                } else {
                    denominator = sq.sqrt().add(eps);
                }
                NDArray step = g.div(denominator);
                if (momentum > 0) {
                    NDArray buffer = state(id, "momentum", weight);
                    buffer.muli(momentum).addi(step);
                    step = buffer;
                }
                weight.subi(step.mul(rate));
            }
        };
    }

    static Optimizer adagrad(ParameterTracker lr, float decay, float clip, float eps) {
        return new Base(lr, decay, clip) {
            @Override
            void apply(String id, NDArray weight, NDArray g, float rate) {
                NDArray sum = state(id, "sum", weight);
                sum.addi(g.square());
                weight.subi(g.div(sum.sqrt().add(eps)).mul(rate));
            }
        };
    }

    /** Gradient preparation (rescale, weight decay, clipping) and per-parameter state. */
    private abstract static class Base extends Optimizer {
        private final ParameterTracker lr;
        private final Map<String, NDArray> states = new HashMap<>();

        Base(ParameterTracker lr, float decay, float clip) {
            super(new Builder().optWeightDecays(decay).optClipGrad(clip));
            this.lr = lr;
        }

        @Override
        public void update(String id, NDArray weight, NDArray grad) {
            float rate = lr.getNewValue(id, updateCount(id));
            NDArray g = grad.mul(rescaleGrad);
            if (getWeightDecay() > 0) {
                g = g.add(weight.mul(getWeightDecay()));
            }
            if (clipGrad > 0) {
                g = g.clip(-clipGrad, clipGrad);
            }
            apply(id, weight, g, rate);
        }

        abstract void apply(String id, NDArray weight, NDArray g, float rate);

        /** A zero-initialised state array of the weight's shape, kept across steps. */
        NDArray state(String id, String name, NDArray weight) {
            return states.computeIfAbsent(id + "/" + name, k -> {
                NDManager m = weight.getManager();
                NDArray z = m.zeros(weight.getShape(), weight.getDataType());
                z.detach(); // outlives each step's sub-manager
                return z;
            });
        }
    }
}
