/** Stage 6: the training loop, early stopping, metrics and scoring. */
package dev.pql.train;
