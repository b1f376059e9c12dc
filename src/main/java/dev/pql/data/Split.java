package dev.pql.data;

import dev.pql.config.PreprocessingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Assigns rows to training, validation and test sets, reproducibly for a seed. */
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
        if (validation.isEmpty() && train.size() > 1 && p.get(1) > 0) {
            validation.add(train.remove(train.size() - 1)); // tiny data: keep early stopping meaningful
        }
        return new Split(toArray(train), toArray(validation), toArray(test));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
