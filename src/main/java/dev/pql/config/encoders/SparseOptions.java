package dev.pql.config.encoders;

import dev.pql.config.Option;
import java.util.List;

/** The category {@code sparse} encoder: a one-hot vector as wide as the vocabulary, so no options. */
public record SparseOptions() implements EncoderOptions {
    static List<Option> options(String scope) {
        return List.of();
    }
}
