package dev.pql.train;

import dev.pql.features.Encoded;
import java.util.List;

/**
 * Encoded training rows: each input feature's values, and per output feature (config order) the
 * labels as the loss takes them and the truth as metrics compare it (class index, 0/1, or the
 * value on the data's scale).
 */
public record TrainingData(List<Encoded> inputs, List<Target> targets) {
    /** One output feature's labels and truth, row for row. */
    public record Target(Encoded labels, double[] truth) {
    }

    /** Rows of a model with one output feature. */
    public TrainingData(List<Encoded> inputs, Encoded labels, double[] truth) {
        this(inputs, List.of(new Target(labels, truth)));
    }

    /** The first (or only) output's labels. */
    public Encoded labels() {
        return targets.get(0).labels();
    }

    /** The first (or only) output's truth. */
    public double[] truth() {
        return targets.get(0).truth();
    }

    /** The same rows seen as output {@code i}'s alone: what its metrics read. */
    public TrainingData target(int i) {
        return new TrainingData(inputs, List.of(targets.get(i)));
    }

    public int rows() {
        return truth().length;
    }
}
