package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * Sparse alternatives to softmax over the last axis of a (rows, n) array: sparsemax (Martins and
 * Astudillo, 2016) and 1.5-entmax (Peters et al., 2019). Both give exact zeros, which is how
 * TabNet's attention masks leave inputs out. Written with sort and cumulative sums, so autograd
 * differentiates them (the support is piecewise constant; within it the maps are smooth).
 */
final class SparseMax {
    private SparseMax() {
    }

    /** sparsemax(z) = max(z - tau, 0), with tau such that each row sums to 1. */
    static NDArray sparsemax(NDArray z) {
        // Shifted so each row's largest value is 0 (sparsemax is shift-invariant): unshifted, 1 + z equals z in
        // float32 for z above ~1.7e7, the largest value fell out of the support, tau was -1 / 0 and the mask infinite.
        z = z.sub(z.max(new int[] {1}, true).stopGradient());
        NDArray sorted = z.neg().sort(1).neg();
        NDArray cumulative = sorted.cumSum(1);
        NDArray k = ranks(z.getManager(), z.getShape().get(1));
        // k is in the support while 1 + k * z_(k) > sum of the k largest
        NDArray support = k.mul(sorted).add(1).gt(cumulative).toType(DataType.FLOAT32, false);
        NDArray supportSize = support.sum(new int[] {1}, true).maximum(1f); // at least the largest value
        NDArray tau = sorted.mul(support).sum(new int[] {1}, true).sub(1).div(supportSize);
        return z.sub(tau).maximum(0f);
    }

    /** 1.5-entmax(z) = max(z/2 - tau, 0)^2, with tau such that each row sums to 1 (exact, by sorting). */
    static NDArray entmax15(NDArray z) {
        NDArray x = z.div(2);
        x = x.sub(x.max(new int[] {1}, true));
        NDArray sorted = x.neg().sort(1).neg();
        NDArray k = ranks(z.getManager(), z.getShape().get(1));
        NDArray mean = sorted.cumSum(1).div(k);
        NDArray meanSquare = sorted.square().cumSum(1).div(k);
        NDArray ss = k.mul(meanSquare.sub(mean.square()));
        NDArray delta = ss.neg().add(1).div(k);
        // sqrt only where delta > 0: its slope at 0 is infinite, and 0 * inf would turn the gradient into NaN
        NDArray positive = delta.gt(0f);
        NDArray root = ai.djl.ndarray.NDArrays.where(positive, delta, delta.onesLike()).sqrt();
        NDArray tau = mean.sub(ai.djl.ndarray.NDArrays.where(positive, root, root.zerosLike()));
        // at least 1 (the largest value is always in the support): a NaN row then stays NaN, for the
        // trainer to report as divergence, instead of failing the gather
        NDArray supportSize = tau.lte(sorted).toType(DataType.INT64, false).sum(new int[] {1}, true).maximum(1);
        NDArray tauStar = tau.gather(supportSize.sub(1), 1);
        return x.sub(tauStar).maximum(0f).square();
    }

    /** 1, 2, ..., n as a (1, n) float row. */
    private static NDArray ranks(NDManager manager, long n) {
        return manager.arange(1f, n + 1f, 1f).reshape(1, n);
    }
}
