package dev.pql.model;

import ai.djl.ndarray.NDArray;

/** A block that adds a term to the training loss (TabNet's mask sparsity), as Ludwig's update_loss does. */
public interface AuxiliaryLoss {
    /** The extra loss of the last training forward pass, or null; reading it clears it. */
    NDArray auxiliaryLoss();
}
