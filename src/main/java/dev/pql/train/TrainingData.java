package dev.pql.train;

import dev.pql.features.Encoded;
import java.util.List;

/**
 * Encoded training rows: each input feature's values, the labels as the loss takes them, and the
 * truth as metrics compare it (class index, 0/1, or the value on the data's scale).
 */
public record TrainingData(List<Encoded> inputs, Encoded labels, double[] truth) {
    public int rows() {
        return truth.length;
    }
}
