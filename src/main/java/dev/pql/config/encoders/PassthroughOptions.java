package dev.pql.config.encoders;

import dev.pql.config.Option;
import java.util.List;

/** The passthrough encoder (number, binary, vector, timeseries): the value as is, so no options. */
public record PassthroughOptions() implements EncoderOptions {
    static List<Option> options(String scope) {
        return List.of();
    }
}
