package dev.pql.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.pql.config.TrainerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a step around the optimizer: Ludwig's L1/L2 penalty on the weights (added to the
 * loss, so its gradient flows with the rest) and gradient clipping by norm.
 */
final class GradientTools {
    private final List<Parameter> weights = new ArrayList<>();
    private final List<Parameter> all = new ArrayList<>();
    private final float lambda;
    private final String type;
    private final Double globalNorm;
    private final Double norm;

    GradientTools(Block network, TrainerConfig tc) {
        for (Pair<String, Parameter> p : network.getParameters()) {
            all.add(p.getValue());
            // Weights only: a penalty on biases and norm scales shifts the model rather than simplifying it.
            if (p.getValue().getType() == Parameter.Type.WEIGHT && p.getValue().requiresGradient()) {
                weights.add(p.getValue());
            }
        }
        lambda = tc.regularizationLambda() == null ? 0f : tc.regularizationLambda().floatValue();
        type = tc.regularizationType() == null ? "l2" : tc.regularizationType();
        TrainerConfig.GradientClipping c = tc.gradientClipping();
        globalNorm = c == null ? null : c.clipGlobalNorm();
        norm = c == null ? null : c.clipNorm();
    }

    /** The loss plus {@code lambda} times the L1 and/or L2 penalty of the weights. */
    NDArray regularize(NDArray loss) {
        if (lambda == 0 || weights.isEmpty()) {
            return loss;
        }
        NDArray penalty = null;
        for (Parameter p : weights) {
            NDArray w = p.getArray();
            NDArray term = switch (type) {
                case "l1" -> w.abs().sum();
                case "l1_l2" -> w.abs().sum().add(w.square().sum());
                default -> w.square().sum();
            };
            penalty = penalty == null ? term : penalty.add(term);
        }
        return loss.add(penalty.mul(lambda));
    }

    /** Scales the gradients down in place: all together above {@code clipglobalnorm}, each above {@code clipnorm}. */
    void clip() {
        if (globalNorm == null && norm == null) {
            return;
        }
        List<NDArray> grads = new ArrayList<>(all.size());
        try {
            double total = 0;
            double[] norms = new double[all.size()];
            for (int i = 0; i < all.size(); i++) {
                Parameter p = all.get(i);
                NDArray g = p.requiresGradient() && p.getArray().hasGradient() ? p.getArray().getGradient() : null;
                grads.add(g);
                norms[i] = g == null ? 0 : g.square().sum().getFloat();
                total += norms[i];
            }
            double global = Math.sqrt(total);
            for (int i = 0; i < grads.size(); i++) {
                NDArray g = grads.get(i);
                if (g == null) {
                    continue;
                }
                double scale = 1;
                if (globalNorm != null && global > globalNorm) {
                    scale = globalNorm / global;
                }
                double own = Math.sqrt(norms[i]) * scale;
                if (norm != null && own > norm) {
                    scale *= norm / own;
                }
                if (scale < 1) {
                    g.muli((float) scale);
                }
            }
        } finally {
            grads.forEach(g -> {
                if (g != null) {
                    g.close();
                }
            });
        }
    }
}
