package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Number features as the value and its piecewise-linear encoding over quantile bins of the
 * training data (Gorishniy et al., 2022): bin k reads 0 below its lower edge, 1 above its upper
 * edge, linear between. A linear layer on top can then bend at the bin edges, which lets a small
 * network fit thresholds the way trees do. Shape (batch, 1 + bins); no parameters.
 */
final class PiecewiseNumberEncoder extends AbstractBlock {
    private final float[] lower;
    private final float[] width;

    /** @param edges increasing bin edges on the normalised scale (bins = edges - 1) */
    PiecewiseNumberEncoder(double[] edges) {
        super((byte) 1);
        int bins = Math.max(0, edges.length - 1);
        lower = new float[bins];
        width = new float[bins];
        for (int k = 0; k < bins; k++) {
            lower[k] = (float) edges[k];
            width[k] = (float) Math.max(1e-6, edges[k + 1] - edges[k]);
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow(); // (B, 1)
        if (lower.length == 0) {
            return new NDList(x);
        }
        NDArray lo = x.getManager().create(lower, new Shape(1, lower.length));
        NDArray w = x.getManager().create(width, new Shape(1, width.length));
        NDArray bins = x.sub(lo).div(w).clip(0f, 1f); // (B, bins)
        return new NDList(NDArrays.concat(new NDList(x, bins), 1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), 1L + lower.length)};
    }
}
