package dev.pql.train;

import dev.pql.config.ModelConfig;
import dev.pql.data.Split;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;
import dev.pql.model.OutputHead;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One model family PQL trains and loads, by its {@code model_type} name ({@link ModelTypes}): how
 * one model (one fold) is trained, how its saved weights become a scorer again, and how many cores
 * a training keeps busy. k-fold bagging, HYPEROPT and auto's ensembles are built on top of it, the
 * same for every type.
 */
public interface ModelType {
    /** The model_type name (ecd, gbm). */
    String name();

    /** What one training needs besides its config and split. */
    record Job(List<FeatureProcessor> inputs, List<OutputHead> heads, TrainingData data,
               Consumer<TrainingProgress> progress, BooleanSupplier cancelled, StopRule stopRule) {
    }

    /** Trains one model on {@code split}; its weights are what {@link #load} reads back. */
    TrainingResult train(ModelConfig config, Split split, Job job);

    /**
     * A saved model (one fold's weights) as a scorer. {@code label} names it for the engine's own
     * bookkeeping (DJL's model name).
     */
    Scorer load(ModelConfig config, List<FeatureProcessor> inputs, List<OutputHead> heads, byte[] weights, String label);

    /** Cores one training of {@code trainRows} rows keeps busy: how many trainings fit on the machine at once. */
    int threads(int trainRows);

    /** A trained model that scores encoded rows (on the data's scale), one array per output feature. */
    interface Scorer extends AutoCloseable {
        List<float[][]> score(List<Encoded> encoded, int[] rows);

        @Override
        void close();
    }
}
