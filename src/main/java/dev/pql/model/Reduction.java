package dev.pql.model;

import ai.djl.ndarray.NDArray;

/** Ludwig's {@code reduce_output} over a sequence axis, ignoring padded positions. */
final class Reduction {
    private Reduction() {
    }

    /** Reduces (B, L, D) to (B, D) with a (B, L, 1) mask of real positions. */
    static NDArray reduce(NDArray values, NDArray mask, String mode) {
        NDArray masked = values.mul(mask);
        return switch (mode) {
            case "sum" -> masked.sum(new int[] {1});
            // Padding gets a large negative score; an empty row (no real token) reduces to zeros.
            case "max" -> masked.add(mask.sub(1).mul(1e4f)).max(new int[] {1}).mul(mask.sum(new int[] {1}).gt(0));
            default -> masked.sum(new int[] {1}).div(mask.sum(new int[] {1}).maximum(1f));
        };
    }
}
