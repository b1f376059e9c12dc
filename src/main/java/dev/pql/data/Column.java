package dev.pql.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a {@link Table}, stored as compactly as its values allow: numbers of one Java
 * class in a primitive array, repeated immutable values (texts, booleans, decimals, dates) as
 * codes into a dictionary, anything else as objects. {@link #get} answers the value
 * {@code ResultSet.getObject} gave, of the same class, boxed only when asked: a million training
 * rows held boxed took about 200 bytes a row, as primitives and codes about 50.
 */
sealed interface Column permits Column.Doubles, Column.Floats, Column.Longs, Column.Ints, Column.Coded,
        Column.Objects {

    /** Row {@code r}'s value (null when missing). */
    Object get(int r);

    /** A column of values all {@code Double}; {@code nulls} marks the missing (null: none missing). */
    record Doubles(double[] values, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : values[r];
        }
    }

    /** A column of values all {@code Float}. */
    record Floats(float[] values, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : values[r];
        }
    }

    /** A column of values all {@code Long}. */
    record Longs(long[] values, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : values[r];
        }
    }

    /** A column of values all {@code Integer}. */
    record Ints(int[] values, BitSet nulls) implements Column {
        @Override
        public Object get(int r) {
            return nulls != null && nulls.get(r) ? null : values[r];
        }
    }

    /** Immutable values as codes into {@code dictionary}; -1 is a missing value. */
    record Coded(int[] codes, Object[] dictionary) implements Column {
        @Override
        public Object get(int r) {
            int code = codes[r];
            return code < 0 ? null : dictionary[code];
        }
    }

    /** Values kept as they came. */
    record Objects(Object[] values) implements Column {
        @Override
        public Object get(int r) {
            return values[r];
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
            switch (kind) {
                case PENDING -> markNull();
                case DOUBLE -> {
                    doubles = room(doubles);
                    if (v == null) {
                        markNull();
                    } else {
                        doubles[size] = (Double) v;
                    }
                }
                case FLOAT -> {
                    floats = room(floats);
                    if (v == null) {
                        markNull();
                    } else {
                        floats[size] = (Float) v;
                    }
                }
                case LONG -> {
                    longs = room(longs);
                    if (v == null) {
                        markNull();
                    } else {
                        longs[size] = (Long) v;
                    }
                }
                case INT -> {
                    ints = room(ints);
                    if (v == null) {
                        markNull();
                    } else {
                        ints[size] = (Integer) v;
                    }
                }
                case CODED -> {
                    ints = room(ints);
                    ints[size] = v == null ? -1 : codes.computeIfAbsent(v, k -> {
                        dictionary.add(k);
                        return dictionary.size() - 1;
                    });
                }
                default -> {
                    objects = room(objects);
                    objects[size] = v;
                }
            }
            size++;
            if (kind == Kind.CODED && dictionary.size() > DICTIONARY_CHECK && dictionary.size() * 2 > size) {
                toObjects();
            }
        }

        Column build() {
            return switch (kind) {
                case PENDING -> new Objects(new Object[size]);
                case DOUBLE -> new Doubles(Arrays.copyOf(doubles, size), nulls);
                case FLOAT -> new Floats(Arrays.copyOf(floats, size), nulls);
                case LONG -> new Longs(Arrays.copyOf(longs, size), nulls);
                case INT -> new Ints(Arrays.copyOf(ints, size), nulls);
                case CODED -> new Coded(Arrays.copyOf(ints, size), dictionary.toArray());
                default -> new Objects(Arrays.copyOf(objects, size));
            };
        }

        private void start(Object v) {
            kind = v instanceof Double ? Kind.DOUBLE : v instanceof Float ? Kind.FLOAT : v instanceof Long ? Kind.LONG
                    : v instanceof Integer ? Kind.INT : immutable(v) ? Kind.CODED : Kind.OBJECT;
            int capacity = Math.max(16, size * 2);
            switch (kind) {
                case DOUBLE -> doubles = new double[capacity];
                case FLOAT -> floats = new float[capacity];
                case LONG -> longs = new long[capacity];
                case INT -> ints = new int[capacity];
                case CODED -> {
                    ints = new int[capacity];
                    Arrays.fill(ints, 0, size, -1); // the nulls before the first value
                    codes = new HashMap<>();
                    dictionary = new ArrayList<>();
                    nulls = null;
                }
                default -> {
                    objects = new Object[capacity];
                    nulls = null;
                }
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
            Object[] all = new Object[Math.max(16, size * 2)];
            for (int r = 0; r < size; r++) {
                all[r] = sofar.get(r);
            }
            kind = Kind.OBJECT;
            objects = all;
            doubles = null;
            floats = null;
            longs = null;
            ints = null;
            codes = null;
            dictionary = null;
            nulls = null;
        }

        private void markNull() {
            if (nulls == null) {
                nulls = new BitSet();
            }
            nulls.set(size);
        }

        private double[] room(double[] a) {
            return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }

        private float[] room(float[] a) {
            return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }

        private long[] room(long[] a) {
            return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }

        private int[] room(int[] a) {
            return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }

        private Object[] room(Object[] a) {
            return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }
    }
}
