package dev.pql.features;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** One feature's values for a set of rows, in the form its encoder takes. */
public sealed interface Encoded permits Encoded.Floats, Encoded.Ids, Encoded.Sequences {

    /** The values of the rows {@code rows} as one tensor, batch first. */
    NDArray toNDArray(NDManager manager, int[] rows);

    int size();

    /** Numbers and booleans: shape (batch, 1), float32. */
    record Floats(float[] values) implements Encoded {
        @Override
        public NDArray toNDArray(NDManager manager, int[] rows) {
            float[] out = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = values[rows[i]];
            }
            return manager.create(out, new Shape(rows.length, 1));
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /** Category indices: shape (batch), int64. */
    record Ids(long[] ids) implements Encoded {
        @Override
        public NDArray toNDArray(NDManager manager, int[] rows) {
            long[] out = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = ids[rows[i]];
            }
            return manager.create(out);
        }

        @Override
        public int size() {
            return ids.length;
        }
    }

    /** Token ids, padded with 0 to the longest row of the batch: shape (batch, length), int64. */
    record Sequences(int[][] ids) implements Encoded {
        @Override
        public NDArray toNDArray(NDManager manager, int[] rows) {
            int length = 1;
            for (int r : rows) {
                length = Math.max(length, ids[r].length);
            }
            long[] out = new long[rows.length * length];
            for (int i = 0; i < rows.length; i++) {
                int[] seq = ids[rows[i]];
                for (int j = 0; j < seq.length; j++) {
                    out[i * length + j] = seq[j];
                }
            }
            return manager.create(out, new Shape(rows.length, length));
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
