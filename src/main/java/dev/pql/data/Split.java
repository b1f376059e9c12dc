package dev.pql.data;

import dev.pql.config.PreprocessingConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Assigns rows to training, validation and test sets, reproducibly for a seed (Ludwig's split
 * types): {@code random}, {@code fixed} (a column names the set), {@code stratify} (each class of a
 * column in the same shares), {@code hash} (a stable hash of an ID column, so a row keeps its set
 * as the data grows) and {@code datetime} (oldest rows train, newest test). {@link #resample} then
 * over- or undersamples the training rows of an imbalanced target.
 */
public record Split(int[] train, int[] validation, int[] test) {

    /** Ludwig's random split: each row draws its set from the configured probabilities. */
    public static Split random(int rows, PreprocessingConfig.SplitConfig config, long seed) {
        List<Double> p = config.probabilities();
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double r = random.nextDouble();
            (r < p.get(0) ? train : r < p.get(0) + p.get(1) ? validation : test).add(i);
        }
        return of(train, validation, test, p.get(1) > 0);
    }

    /**
     * The split the config asks for. {@code column} holds the split column's values (null for
     * {@code random}); {@code target} the target's, which {@code stratify} uses when no column is set.
     */
    public static Split create(PreprocessingConfig.SplitConfig config, List<Object> column, List<Object> target,
                               int rows, long seed) {
        String type = config.type() == null ? "random" : config.type();
        if (!type.equals("random") && column == null && !type.equals("stratify")) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "preprocessing.split.type '" + type
                    + "' reads a column: set preprocessing.split.column.");
        }
        return switch (type) {
            case "fixed" -> fixed(column);
            case "stratify" -> stratify(column == null ? target : column, config.probabilities(), seed);
            case "hash" -> hash(column, config.probabilities());
            case "datetime" -> datetime(column, config.probabilities(), config.datetimeFormat());
            default -> random(rows, config, seed);
        };
    }

    private static Split fixed(List<Object> column) {
        List<List<Integer>> sets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < column.size(); i++) {
            Object v = column.get(i);
            String s = v == null ? "" : v.toString().strip().toLowerCase(Locale.ROOT);
            int set = switch (s) {
                case "train", "training", "0" -> 0;
                case "validation", "val", "valid", "1" -> 1;
                case "test", "2" -> 2;
                default -> throw new PqlException(ErrorCode.INVALID_DATA, "Fixed split: row " + (i + 1)
                        + " has '" + v + "' in the split column; expected train, validation or test (or 0, 1, 2).");
            };
            sets.get(set).add(i);
        }
        return of(sets.get(0), sets.get(1), sets.get(2), false);
    }

    /** Each class's rows shuffled and cut by the probabilities, so every set has the classes' shares. */
    private static Split stratify(List<Object> column, List<Double> p, long seed) {
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < column.size(); i++) {
            byClass.computeIfAbsent(String.valueOf(column.get(i)), k -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> rows : byClass.values()) {
            java.util.Collections.shuffle(rows, random);
            int n = rows.size();
            int toTrain = (int) Math.round(n * p.get(0));
            int toValidation = (int) Math.round(n * (p.get(0) + p.get(1))) - toTrain;
            train.addAll(rows.subList(0, toTrain));
            validation.addAll(rows.subList(toTrain, toTrain + toValidation));
            test.addAll(rows.subList(toTrain + toValidation, n));
        }
        return of(sorted(train), sorted(validation), sorted(test), p.get(1) > 0);
    }

    /** CRC-32 of the value's text, as a share in [0, 1): the same value lands in the same set on any data. */
    private static Split hash(List<Object> column, List<Double> p) {
        List<List<Integer>> sets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < column.size(); i++) {
            CRC32 crc = new CRC32();
            crc.update(String.valueOf(column.get(i)).getBytes(StandardCharsets.UTF_8));
            double share = crc.getValue() / (double) (1L << 32);
            sets.get(share < p.get(0) ? 0 : share < p.get(0) + p.get(1) ? 1 : 2).add(i);
        }
        return of(sets.get(0), sets.get(1), sets.get(2), p.get(1) > 0);
    }

    /** Rows in time order: the first share trains, the next validates, the newest test (rows without a date train). */
    private static Split datetime(List<Object> column, List<Double> p, String format) {
        List<Integer> order = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        Map<Integer, LocalDateTime> when = new LinkedHashMap<>();
        for (int i = 0; i < column.size(); i++) {
            LocalDateTime t = time(column.get(i), format);
            if (t == null) {
                undated.add(i);
            } else {
                when.put(i, t);
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(when::get));
        int n = order.size();
        int toTrain = (int) Math.round(n * p.get(0));
        int toValidation = (int) Math.round(n * (p.get(0) + p.get(1))) - toTrain;
        List<Integer> train = new ArrayList<>(order.subList(0, toTrain));
        train.addAll(undated);
        return of(sorted(train), sorted(order.subList(toTrain, toTrain + toValidation)),
                sorted(order.subList(toTrain + toValidation, n)), false);
    }

    private static LocalDateTime time(Object v, String format) {
        return DateTimes.parse(v, format);
    }

    /**
     * The training rows rebalanced by class (Ludwig's oversample_minority / undersample_majority,
     * both a ratio of a class's rows to the largest class's): rows of small classes repeated at
     * random until each has {@code oversample} times the largest's count, or rows of large classes
     * dropped at random until the smallest has {@code undersample} times each one's count.
     * Validation and test rows are never touched: they measure the model on the data as it is.
     */
    public Split resample(List<Object> target, Double oversample, Double undersample, long seed) {
        if (oversample == null && undersample == null) {
            return this;
        }
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        for (int r : train) {
            byClass.computeIfAbsent(String.valueOf(target.get(r)), k -> new ArrayList<>()).add(r);
        }
        int largest = byClass.values().stream().mapToInt(List::size).max().orElse(0);
        int smallest = byClass.values().stream().mapToInt(List::size).min().orElse(0);
        Random random = new Random(seed ^ 0x5EED);
        List<Integer> out = new ArrayList<>();
        for (List<Integer> rows : byClass.values()) {
            List<Integer> kept = new ArrayList<>(rows);
            if (undersample != null && rows.size() > smallest / undersample) {
                java.util.Collections.shuffle(kept, random);
                kept = new ArrayList<>(kept.subList(0, (int) Math.max(1, Math.round(smallest / undersample))));
            }
            if (oversample != null) {
                int want = (int) Math.round(largest * oversample);
                for (int i = kept.size(); i < want; i++) {
                    kept.add(rows.get(random.nextInt(rows.size())));
                }
            }
            out.addAll(kept);
        }
        return new Split(sorted(out).stream().mapToInt(Integer::intValue).toArray(), validation, test);
    }

    /**
     * K-fold splits of the training and validation rows (the test rows stay out of every fold):
     * fold i validates on every k-th row of a seeded shuffle and trains on the others. With
     * {@code labels} (a category or binary target, else null) the shuffled rows are dealt class by
     * class, so every fold has each class in about the same share.
     */
    public List<Split> folds(int k, List<Object> labels, long seed) {
        List<Integer> pool = new ArrayList<>();
        for (int r : train) {
            pool.add(r);
        }
        for (int r : validation) {
            pool.add(r);
        }
        java.util.Collections.shuffle(pool, new Random(seed ^ 0xF01D));
        if (labels != null) {
            pool.sort(Comparator.comparing(r -> String.valueOf(labels.get(r)))); // stable: shuffled within a class
        }
        if (pool.size() < k) {
            throw new PqlException(ErrorCode.INVALID_DATA, "trainer.folds is " + k + " but only " + pool.size()
                    + " rows are left for training and validation; lower trainer.folds.");
        }
        List<Split> out = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<Integer> fit = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                (i % k == fold ? held : fit).add(pool.get(i));
            }
            out.add(new Split(toArray(sorted(fit)), toArray(sorted(held)), test));
        }
        return out;
    }

    private static Split of(List<Integer> train, List<Integer> validation, List<Integer> test, boolean wantValidation) {
        if (train.isEmpty()) {
            throw new PqlException(ErrorCode.INVALID_DATA, "The split leaves no training rows; check "
                    + "preprocessing.split (its probabilities, or the split column's values).");
        }
        if (validation.isEmpty() && train.size() > 1 && wantValidation) {
            validation.add(train.remove(train.size() - 1)); // tiny data: keep early stopping meaningful
        }
        return new Split(toArray(train), toArray(validation), toArray(test));
    }

    private static List<Integer> sorted(List<Integer> rows) {
        List<Integer> s = new ArrayList<>(rows);
        s.sort(null);
        return s;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
