package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Ludwig's {@code reduce_output} over a sequence axis, ignoring padded positions. */
final class Reduction {
    private Reduction() {
    }

    /** The (B, L, 1) float mask of real tokens (id 0 is padding). */
    static NDArray mask(NDArray ids) {
        return ids.neq(0).toType(DataType.FLOAT32, false).expandDims(2);
    }

    /** Reduces (B, L, D) to (B, D) with a (B, L, 1) mask of real positions. */
    static NDArray reduce(NDArray values, NDArray mask, String mode) {
        return switch (mode) {
            case "sum" -> maskedSum(values, mask);
            // Padding gets a large negative score; an empty row (no real token) reduces to zeros.
            case "max" -> values.mul(mask).add(mask.sub(1).mul(1e4f)).max(new int[] {1}).mul(mask.sum(new int[] {1}).gt(0));
            case "last" -> maskedSum(values, lastPosition(mask).mul(mask)); // an empty row stays zeros
            default -> maskedSum(values, mask).div(mask.sum(new int[] {1}).maximum(1f));
        };
    }

    /**
     * The sum over positions of {@code values} (B, L, D) weighted by {@code weights} (B, L, 1), as
     * one batched product (B, 1, L) x (B, L, D): the same sum as multiplying and adding, without
     * the (B, L, D) intermediate that made the multiplication the embed encoder's costliest
     * operation in libtorch's profiler.
     */
    private static NDArray maskedSum(NDArray values, NDArray weights) {
        return weights.transpose(0, 2, 1).matMul(values).squeeze(1);
    }

    /**
     * A (B, L, 1) one-hot of each row's last real position (position 0 for an empty row), with
     * padding on either side: there a forward recurrent state has read the whole value.
     */
    static NDArray lastPosition(NDArray mask) {
        return edgePosition(mask, true);
    }

    /** A (B, L, 1) one-hot of each row's first real position (the backward state's whole-value read). */
    static NDArray firstPosition(NDArray mask) {
        return edgePosition(mask, false);
    }

    private static NDArray edgePosition(NDArray mask, boolean last) {
        long length = mask.getShape().get(1);
        NDArray positions = mask.getManager().arange(1f, (float) length + 1).reshape(1, length, 1); // 1..L
        NDArray real = mask.gt(0);
        // last: the largest real position; first: the smallest, found as the largest of L+1-position.
        NDArray score = last ? positions : positions.neg().add(length + 1f);
        NDArray best = score.mul(real.toType(DataType.FLOAT32, false)).max(new int[] {1}, true); // (B, 1, 1)
        NDArray pick = score.eq(best).logicalAnd(best.gt(0));
        NDArray empty = best.eq(0).logicalAnd(positions.eq(1f)); // empty row: position 0
        return pick.logicalOr(empty).toType(DataType.FLOAT32, false);
    }
}
