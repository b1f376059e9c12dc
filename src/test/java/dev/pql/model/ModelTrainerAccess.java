package dev.pql.model;

import ai.djl.ndarray.NDManager;
import dev.pql.train.ModelTrainer;

/** Loads trained weights into a network for tests (the trainer's restore, under a test-side name). */
final class ModelTrainerAccess {
    private ModelTrainerAccess() {
    }

    static void restore(Network network, NDManager manager, byte[] weights) {
        ModelTrainer.restore(network, manager, weights);
    }
}
