/**
 * Stage 2, the encoders' half of the config: one options record per encoder, each with the option
 * lines (kind, default, check, doc) of its components, and {@link dev.pql.config.encoders.EncoderSpecs},
 * the one list that says which (feature type, encoder name) binds to which record. The model stage
 * builds each encoder's block from its record; this package knows nothing of blocks.
 */
package dev.pql.config.encoders;
