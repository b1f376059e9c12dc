package dev.pql.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.pql.config.FeatureType;
import dev.pql.features.Encoded;
import dev.pql.features.NumberProcessor;
import dev.pql.model.OutputHead;
import java.util.List;
import java.util.function.Function;

/** Runs a network forward over rows in batches and returns host scores on the data's scale. */
public final class Scoring {
    private Scoring() {
    }

    /**
     * @param forward the network in inference mode
     * @param rows indices of the rows to score
     */
    public static float[][] score(NDManager manager, Function<NDList, NDList> forward, List<Encoded> inputs,
                                  int[] rows, int batchSize, OutputHead head) {
        float[][] out = new float[rows.length][];
        for (int start = 0; start < rows.length; start += batchSize) {
            int[] batch = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + batchSize));
            try (NDManager m = manager.newSubManager()) {
                NDList x = new NDList(inputs.size());
                for (Encoded e : inputs) {
                    x.add(e.toNDArray(m, batch));
                }
                float[][] s = head.scores(forward.apply(x).singletonOrThrow());
                System.arraycopy(s, 0, out, start, s.length);
            }
        }
        return toDataScale(head, out);
    }

    /** Normalised number outputs back on the data's scale (in place), as predictions and metrics show them. */
    public static float[][] toDataScale(OutputHead head, float[][] scores) {
        if (head.feature().type() == FeatureType.NUMBER) {
            NumberProcessor p = (NumberProcessor) head.processor();
            for (float[] r : scores) {
                r[0] = (float) p.denormalize(r[0]);
            }
        }
        return scores;
    }
}
