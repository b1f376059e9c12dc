package dev.pql.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a {@link Table}, stored as compactly as its values allow: numbers of one Java
 * class in primitive arrays, repeated immutable values (texts, booleans, decimals, dates) as
 * codes into a dictionary, anything else as objects. {@link #get} answers the value
 * {@code ResultSet.getObject} gave, of the same class, boxed only when asked: a million training
 * rows held boxed took about 200 bytes a row, as primitives and codes about 50.
 *
 * <p>Values are kept in chunks of {@link #CHUNK}, so that a column grows without copying itself
 * and holds no more than one chunk of slack: an array doubled as it grows (then trimmed) held up
 * to three times a column's size while a large table was read, the largest heap of a training.
 */
sealed interface Column permits Column.Doubles, Column.Floats, Column.Longs, Column.Ints, Column.Coded,
        Column.Objects, Column.Released {
    /** Values per chunk: 2^16, so a row's chunk and place are a shift and a mask. */
    int SHIFT = 16;
    int CHUNK = 1 << SHIFT;
    int MASK = CHUNK - 1;

    /** Row {@code r}'s value (null when missing). */
    Object get(int r);

    /** A column of values all {@code Double}; {@code nulls} marks the missing (null: none missing). */
    record Doubles(double[][] chunks, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : chunks[r >>> SHIFT][r & MASK];
        }
    }

    /** A column of values all {@code Float}. */
    record Floats(float[][] chunks, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : chunks[r >>> SHIFT][r & MASK];
        }
    }

    /** A column of values all {@code Long}. */
    record Longs(long[][] chunks, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : chunks[r >>> SHIFT][r & MASK];
        }
    }

    /** A column of values all {@code Integer}. */
    record Ints(int[][] chunks, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : chunks[r >>> SHIFT][r & MASK];
        }
    }

    /** Immutable values as codes into {@code dictionary}; -1 is a missing value. */
    record Coded(int[][] codes, Object[] dictionary) implements Column {
        @Override
        public Object get(int r) {
            int code = codes[r >>> SHIFT][r & MASK];
            return code < 0 ? null : dictionary[code];
        }
    }

    /** Values kept as they came. */
    record Objects(Object[][] chunks) implements Column {
        @Override
        public Object get(int r) {
            return chunks[r >>> SHIFT][r & MASK];
        }
    }

    /** A column whose values its table's owner let go ({@code Table.release}): reading one is a bug. */
    record Released(String name) implements Column {
        @Override
        public Object get(int r) {
            throw new IllegalStateException("column " + name + " was released: its values were let go after their last use");
        }
    }

    /**
     * Collects a column value by value. The first value decides the storage; a value of another
     * class turns the column into objects, and so does a dictionary that stops paying (most values
     * distinct, as in free text or identifiers).
     */
    final class Builder {
        /** A dictionary this large that holds more than half the rows seen is not worth its codes. */
        private static final int DICTIONARY_CHECK = 4096;

        private enum Kind { PENDING, DOUBLE, FLOAT, LONG, INT, CODED, OBJECT }

        private Kind kind = Kind.PENDING;
        private int size;
        private BitSet nulls;
        /** The chunks so far, of the kind's array type; the last one is being filled. */
        private final List<Object> chunks = new ArrayList<>();
        private int chunkLength;
        private double[] doubles;
        private float[] floats;
        private long[] longs;
        private int[] ints; // Integer values, or the codes of a coded column
        private Object[] objects;
        private Map<Object, Integer> codes;
        private List<Object> dictionary;

        void add(Object v) {
            if (kind == Kind.PENDING && v != null) {
                start(v);
            }
            if (!fits(v)) {
                toObjects();
            }
            if (kind != Kind.PENDING) {
                room();
            }
            int at = size & MASK;
            switch (kind) {
                case PENDING -> { } // only nulls so far: their count is the size, filled in when a value comes (start)
                case DOUBLE -> {
                    if (v == null) {
                        markNull();
                    } else {
                        doubles[at] = (Double) v;
                    }
                }
                case FLOAT -> {
                    if (v == null) {
                        markNull();
                    } else {
                        floats[at] = (Float) v;
                    }
                }
                case LONG -> {
                    if (v == null) {
                        markNull();
                    } else {
                        longs[at] = (Long) v;
                    }
                }
                case INT -> {
                    if (v == null) {
                        markNull();
                    } else {
                        ints[at] = (Integer) v;
                    }
                }
                case CODED -> ints[at] = v == null ? -1 : codes.computeIfAbsent(v, k -> {
                    dictionary.add(k);
                    return dictionary.size() - 1;
                });
                default -> objects[at] = v;
            }
            size++;
            if (kind == Kind.CODED && dictionary.size() > DICTIONARY_CHECK && dictionary.size() * 2 > size) {
                toObjects();
            }
        }

        Column build() {
            return switch (kind) {
                case PENDING -> new Objects(nullChunks(size));
                case DOUBLE -> new Doubles(chunks.toArray(new double[0][]), nulls);
                case FLOAT -> new Floats(chunks.toArray(new float[0][]), nulls);
                case LONG -> new Longs(chunks.toArray(new long[0][]), nulls);
                case INT -> new Ints(chunks.toArray(new int[0][]), nulls);
                case CODED -> new Coded(chunks.toArray(new int[0][]), dictionary.toArray());
                default -> new Objects(chunks.toArray(new Object[0][]));
            };
        }

        /** Chooses the storage on the first value; the nulls before it are filled in. */
        private void start(Object v) {
            kind = v instanceof Double ? Kind.DOUBLE : v instanceof Float ? Kind.FLOAT : v instanceof Long ? Kind.LONG
                    : v instanceof Integer ? Kind.INT : immutable(v) ? Kind.CODED : Kind.OBJECT;
            if (kind == Kind.CODED) {
                codes = new HashMap<>();
                dictionary = new ArrayList<>();
            }
            int before = size;
            size = 0;
            for (int r = 0; r < before; r++) { // every value so far was null
                room();
                if (kind == Kind.CODED) {
                    ints[size & MASK] = -1;
                } else if (kind != Kind.OBJECT) {
                    markNull();
                }
                size++;
            }
        }

        /**
         * Room for the value at {@code size}: a new chunk when the last is full. The first chunk
         * starts small and doubles up to {@link #CHUNK}, so that a table of a few rows stays small.
         */
        private void room() {
            int at = size & MASK;
            if (at == 0) {
                setChunk(size == 0 ? 16 : CHUNK, false);
            } else if (at == chunkLength) {
                setChunk(Math.min(CHUNK, at * 2), true);
            }
        }

        /** A new last chunk of {@code length}, or ({@code grow}) the last one copied to that length. */
        private void setChunk(int length, boolean grow) {
            Object chunk = switch (kind) {
                case DOUBLE -> doubles = grow ? java.util.Arrays.copyOf(doubles, length) : new double[length];
                case FLOAT -> floats = grow ? java.util.Arrays.copyOf(floats, length) : new float[length];
                case LONG -> longs = grow ? java.util.Arrays.copyOf(longs, length) : new long[length];
                case INT, CODED -> ints = grow ? java.util.Arrays.copyOf(ints, length) : new int[length];
                default -> objects = grow ? java.util.Arrays.copyOf(objects, length) : new Object[length];
            };
            chunkLength = length;
            if (grow) {
                chunks.set(chunks.size() - 1, chunk);
            } else {
                chunks.add(chunk);
            }
        }

        /**
         * Values that may be shared between rows: a dictionary hands one instance to every row with
         * an equal value, which must not be a mutable one (java.sql.Timestamp, arrays).
         */
        private static boolean immutable(Object v) {
            return v instanceof String || v instanceof Boolean || v instanceof java.math.BigDecimal
                    || v instanceof java.math.BigInteger || v instanceof Short || v instanceof Byte
                    || v instanceof java.time.temporal.TemporalAccessor || v instanceof java.util.UUID;
        }

        private boolean fits(Object v) {
            return switch (kind) {
                case PENDING, OBJECT -> true;
                case DOUBLE -> v == null || v instanceof Double;
                case FLOAT -> v == null || v instanceof Float;
                case LONG -> v == null || v instanceof Long;
                case INT -> v == null || v instanceof Integer;
                case CODED -> v == null || immutable(v);
            };
        }

        /** Keeps the values so far as objects, and every later one. */
        private void toObjects() {
            Column sofar = build();
            int n = size;
            chunks.clear();
            doubles = null;
            floats = null;
            longs = null;
            ints = null;
            codes = null;
            dictionary = null;
            nulls = null;
            kind = Kind.OBJECT;
            size = 0;
            for (int r = 0; r < n; r++) {
                room();
                objects[size & MASK] = sofar.get(r);
                size++;
            }
        }

        private static Object[][] nullChunks(int size) {
            Object[][] out = new Object[(size + MASK) >>> SHIFT][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new Object[Math.min(CHUNK, size - (i << SHIFT))];
            }
            return out;
        }

        private void markNull() {
            if (nulls == null) {
                nulls = new BitSet();
            }
            nulls.set(size);
        }
    }
}
