package dev.pql.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.pql.features.Encoded;
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
        return scoreAll(manager, forward, inputs, rows, batchSize, List.of(head)).get(0);
    }

    /**
     * Scores of every output feature (the network's outputs in config order), in one forward pass per batch.
     *
     * @param heads the outputs to score: the network's first {@code heads.size()} outputs
     */
    public static List<float[][]> scoreAll(NDManager manager, Function<NDList, NDList> forward, List<Encoded> inputs,
                                           int[] rows, int batchSize, List<OutputHead> heads) {
        float[][][] out = new float[heads.size()][rows.length][];
        for (int start = 0; start < rows.length; start += batchSize) {
            int[] batch = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + batchSize));
            try (NDManager m = manager.newSubManager()) {
                NDList x = new NDList(inputs.size());
                for (Encoded e : inputs) {
                    x.add(e.toNDArray(m, batch));
                }
                NDList logits = forward.apply(x);
                for (int h = 0; h < heads.size(); h++) {
                    float[][] s = heads.get(h).scores(logits.get(h));
                    System.arraycopy(s, 0, out[h], start, s.length);
                }
            }
        }
        List<float[][]> scores = new java.util.ArrayList<>(heads.size());
        for (int h = 0; h < heads.size(); h++) {
            scores.add(toDataScale(heads.get(h), out[h]));
        }
        return scores;
    }

    /** Normalised number outputs back on the data's scale (in place), as predictions and metrics show them. */
    public static float[][] toDataScale(OutputHead head, float[][] scores) {
        return OutputKinds.of(head).toDataScale(head.processor(), scores);
    }
}
