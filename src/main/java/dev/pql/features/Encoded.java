package dev.pql.features;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** One feature's values for a set of rows, in the form its encoder takes. */
public sealed interface Encoded permits Encoded.Floats, Encoded.Ids, Encoded.Sequences, Encoded.Matrix,
        Encoded.OnDemand {

    /** The values of the rows {@code rows} as one tensor, batch first. */
    NDArray toNDArray(NDManager manager, int[] rows);

    /** The shape {@link #toNDArray} gives for {@code rows}, without building it. */
    Shape shape(int[] rows);

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
        public Shape shape(int[] rows) {
            return new Shape(rows.length, 1);
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
        public Shape shape(int[] rows) {
            return new Shape(rows.length);
        }

        @Override
        public int size() {
            return ids.length;
        }
    }

    /**
     * Token ids, padded with 0 on the right to the longest row of the batch: shape (batch, length),
     * int64. A row's ids are kept in 16 bits when the vocabulary fits ({@link #narrow}: at most
     * 65,536 entries, where Ludwig's default keeps 20,000): token arrays are most of what a text model
     * trains on, and 32-bit ids held twice the memory for the same values.
     */
    final class Sequences implements Encoded {
        /** The largest vocabulary whose ids {@link #narrow} keeps. */
        public static final int NARROW_VOCABULARY = 1 << 16;
        private final char[][] narrow;
        private final int[][] wide;

        /** Ids of any vocabulary, 32 bits each. */
        public Sequences(int[][] ids) {
            this(null, ids);
        }

        private Sequences(char[][] narrow, int[][] wide) {
            this.narrow = narrow;
            this.wide = wide;
        }

        /** Ids of a vocabulary of at most {@link #NARROW_VOCABULARY} entries, 16 bits each. */
        public static Sequences narrow(char[][] ids) {
            return new Sequences(ids, null);
        }

        /** Row {@code r}'s number of tokens. */
        public int length(int r) {
            return narrow != null ? narrow[r].length : wide[r].length;
        }

        /** Row {@code r}'s {@code j}-th token id. */
        public int id(int r, int j) {
            return narrow != null ? narrow[r][j] : wide[r][j];
        }

        @Override
        public NDArray toNDArray(NDManager manager, int[] rows) {
            int length = longest(rows);
            long[] out = new long[rows.length * length];
            for (int i = 0; i < rows.length; i++) {
                int offset = i * length;
                if (narrow != null) {
                    char[] seq = narrow[rows[i]];
                    for (int j = 0; j < seq.length; j++) {
                        out[offset + j] = seq[j];
                    }
                } else {
                    int[] seq = wide[rows[i]];
                    for (int j = 0; j < seq.length; j++) {
                        out[offset + j] = seq[j];
                    }
                }
            }
            return manager.create(out, new Shape(rows.length, length));
        }

        /** The padded length of a batch of {@code rows}: its longest row's, at least 1. */
        private int longest(int[] rows) {
            int length = 1;
            for (int r : rows) {
                length = Math.max(length, length(r));
            }
            return length;
        }

        @Override
        public Shape shape(int[] rows) {
            return new Shape(rows.length, longest(rows));
        }

        @Override
        public int size() {
            return narrow != null ? narrow.length : wide.length;
        }
    }

    /**
     * A fixed number of floats per row: vectors, multi-hot sets, bag counts, date components.
     * Shape (batch, width), float32; {@code values} holds the rows one after another.
     */
    record Matrix(float[] values, int width) implements Encoded {
        @Override
        public NDArray toNDArray(NDManager manager, int[] rows) {
            float[] out = new float[rows.length * width];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(values, rows[i] * width, out, i * width, width);
            }
            return manager.create(out, new Shape(rows.length, width));
        }

        @Override
        public Shape shape(int[] rows) {
            return new Shape(rows.length, width);
        }

        @Override
        public int size() {
            return width == 0 ? 0 : values.length / width;
        }

        /** Row {@code r}'s values. */
        public float[] row(int r) {
            float[] out = new float[width];
            System.arraycopy(values, r * width, out, 0, width);
            return out;
        }
    }

    /**
     * A fixed number of floats per row, made when a batch needs them rather than kept (images with
     * {@code in_memory: false}): {@code row} makes row {@code r}'s values. Shape (batch, width), float32.
     */
    record OnDemand(int size, int width, java.util.function.IntFunction<float[]> row) implements Encoded {
        @Override
        public NDArray toNDArray(NDManager manager, int[] rows) {
            float[] out = new float[rows.length * width];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(row.apply(rows[i]), 0, out, i * width, width);
            }
            return manager.create(out, new Shape(rows.length, width));
        }

        @Override
        public Shape shape(int[] rows) {
            return new Shape(rows.length, width);
        }
    }
}
