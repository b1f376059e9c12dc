package dev.pql.config.encoders;

import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Option;
import java.util.List;

/** The number {@code piecewise} encoder: the value and its piecewise-linear encoding over quantile bins. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PiecewiseOptions(@JsonProperty("num_bins") Integer numBins) implements EncoderOptions {
    static List<Option> options(String scope) {
        return List.of(opt(scope, "num_bins", INT, 8, range(1, false, 64, false), "Quantile bins (repeated quantiles merge)."));
    }
}
