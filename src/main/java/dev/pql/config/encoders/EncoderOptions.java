package dev.pql.config.encoders;

/**
 * The options of one encoder, bound from a feature's {@code encoder} section: a record per encoder
 * whose components carry their Ludwig names. The model stage dispatches on the record's class.
 */
public interface EncoderOptions {
}
