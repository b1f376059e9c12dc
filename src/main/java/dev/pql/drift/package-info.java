/**
 * Data drift: the training distribution of each input, kept with every version as mergeable
 * statistics (a fixed histogram for numbers, frequencies for categories, token and out-of-vocabulary
 * counts for text), and the comparison of new rows against it (PSI, OOV-rate change).
 */
package dev.pql.drift;
