package dev.pql.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** reduce_output over real tokens only, computed the plain way beside: padding and empty rows never count. */
class ReductionTest {

    @Test
    void everyModeIgnoresPaddingAndEmptyRowsAreZeros() {
        Engines.pytorch();
        try (NDManager m = NDManager.newBaseManager()) {
            // 3 rows of 4 positions, 2 dims; row 1 has two real tokens, row 2 none (all padding), row 0 three.
            long[] ids = {5, 6, 7, 0, 3, 4, 0, 0, 0, 0, 0, 0};
            float[] v = new float[3 * 4 * 2];
            for (int i = 0; i < v.length; i++) {
                v[i] = (i % 7) - 2.5f; // padded positions hold values too: they must not count
            }
            NDArray values = m.create(v, new Shape(3, 4, 2));
            NDArray mask = Reduction.mask(m.create(ids, new Shape(3, 4)));
            for (String mode : new String[] {"sum", "mean", "last", "max"}) {
                float[] got = Reduction.reduce(values, mask, mode).toFloatArray();
                assertArrayEquals(plain(v, ids, mode), got, 1e-5f, mode);
            }
        }
    }

    private static float[] plain(float[] v, long[] ids, String mode) {
        float[] out = new float[3 * 2];
        for (int b = 0; b < 3; b++) {
            for (int d = 0; d < 2; d++) {
                float sum = 0;
                float max = Float.NEGATIVE_INFINITY;
                float last = 0;
                int n = 0;
                for (int l = 0; l < 4; l++) {
                    if (ids[b * 4 + l] != 0) {
                        float x = v[(b * 4 + l) * 2 + d];
                        sum += x;
                        max = Math.max(max, x);
                        last = x;
                        n++;
                    }
                }
                out[b * 2 + d] = n == 0 ? 0 : switch (mode) {
                    case "sum" -> sum;
                    case "mean" -> sum / n;
                    case "last" -> last;
                    default -> max;
                };
            }
        }
        return out;
    }
}
