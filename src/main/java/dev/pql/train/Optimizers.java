package dev.pql.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import dev.pql.config.TrainerConfig;
import java.util.List;

/** Builds the configured DJL optimizer (adam, adamw, sgd, rmsprop, adagrad) around a learning-rate schedule. */
final class Optimizers {
    private Optimizers() {
    }

    static Optimizer create(TrainerConfig tc, ParameterTracker lr) {
        TrainerConfig.OptimizerConfig o = tc.optimizer();
        float decay = o.weightDecay() == null ? 0f : o.weightDecay().floatValue();
        List<Double> betas = o.betas() == null ? List.of(0.9, 0.999) : o.betas();
        float eps = o.eps() == null ? 1e-8f : o.eps().floatValue();
        // Value clipping is the optimizers' own; norm clipping happens before the step (GradientTools).
        TrainerConfig.GradientClipping c = tc.gradientClipping();
        float clip = c == null || c.clipValue() == null ? -1f : c.clipValue().floatValue();
        return switch (o.type()) {
            case "sgd" -> Optimizer.sgd().setLearningRateTracker(lr).optMomentum(floatOr(o.momentum(), 0))
                    .optWeightDecays(decay).optClipGrad(clip).build();
            case "adamw" -> Optimizer.adamW().optLearningRateTracker(lr).optBeta1(betas.get(0).floatValue())
                    .optBeta2(betas.get(1).floatValue()).optEpsilon(eps).optWeightDecays(decay).optClipGrad(clip).build();
            case "rmsprop" -> ManualOptimizers.rmsprop(lr, decay, clip, floatOr(o.alpha(), 0.99f), floatOr(o.momentum(), 0),
                    eps, Boolean.TRUE.equals(o.centered()));
            case "adagrad" -> ManualOptimizers.adagrad(lr, decay, clip, 1e-10f);
            default -> Optimizer.adam().optLearningRateTracker(lr).optBeta1(betas.get(0).floatValue())
                    .optBeta2(betas.get(1).floatValue()).optEpsilon(eps).optWeightDecays(decay).optClipGrad(clip).build();
        };
    }

    private static float floatOr(Double d, float otherwise) {
        return d == null ? otherwise : d.floatValue();
    }
}
