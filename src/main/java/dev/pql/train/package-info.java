/**
 * Stage 6: the training loop, early stopping, metrics and scoring. Each output type's training part
 * (metrics, calibration, ensembles, LightGBM objective) is one {@link dev.pql.train.OutputKind} class,
 * registered in {@link dev.pql.train.OutputKinds}.
 */
package dev.pql.train;
