package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import dev.pql.config.LossConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The loss of a network with several output features: each output's loss on its own labels and
 * logits, times its {@code loss.weight}, summed. This is Ludwig's {@code loss_balancing: none}
 * (its default); labels and predictions come one array per output, in config order.
 */
public final class OutputLosses extends Loss {
    private final List<Loss> parts = new ArrayList<>();
    private final float[] weights;

    private OutputLosses(List<OutputHead> heads) {
        super("combined_loss");
        weights = new float[heads.size()];
        for (int i = 0; i < heads.size(); i++) {
            parts.add(heads.get(i).loss());
            weights[i] = weight(heads.get(i));
        }
    }

    /** The training loss of these outputs: the only output's own loss when it is alone and unweighted. */
    public static Loss of(List<OutputHead> heads) {
        return heads.size() == 1 && weight(heads.get(0)) == 1f ? heads.get(0).loss() : new OutputLosses(heads);
    }

    /** Ludwig's loss.weight: how much an output's loss counts in the sum (1 when not set). */
    static float weight(OutputHead head) {
        LossConfig l = head.feature().loss();
        return l == null || l.weight() == null ? 1f : l.weight().floatValue();
    }

    /** Output {@code i}'s own loss, unweighted: what its metrics report as its loss. */
    public Loss part(int i) {
        return parts.get(i);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray sum = null;
        for (int i = 0; i < parts.size(); i++) {
            NDArray l = parts.get(i).evaluate(new NDList(labels.get(i)), new NDList(predictions.get(i)));
            l = weights[i] == 1f ? l : l.mul(weights[i]);
            sum = sum == null ? l : sum.add(l);
        }
        return sum;
    }
}
