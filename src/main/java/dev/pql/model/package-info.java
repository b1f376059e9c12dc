/**
 * Stage 5: DJL blocks: encoders by (type, name), the concat combiner, the decoder; PyTorch set up offline.
 * Each output type's head (logits, loss, activation) is one {@link dev.pql.model.HeadKind} class,
 * registered in {@link dev.pql.model.HeadKinds}.
 */
package dev.pql.model;
