package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A feature's preprocessing options, by Ludwig's names; which ones apply depends on the feature type.
 *
 * <p>HOW TO ADD AN OPTION: add a component here with its Ludwig name in {@code @JsonProperty}, and
 * one {@code opt(...)} line in {@link FeatureOptions} (kind, default, check, doc). That line alone drives
 * defaults, validation (paths, did-you-mean) and docs/config.md; OptionRegistryTest fails if the
 * two disagree. Do not add defaults or checks anywhere else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeaturePreprocessing(
        @JsonProperty("missing_value_strategy") String missingValueStrategy,
        @JsonProperty("fill_value") Object fillValue,
        @JsonProperty("normalization") String normalization,
        @JsonProperty("tokenizer") String tokenizer,
        @JsonProperty("lowercase") Boolean lowercase,
        @JsonProperty("most_common") Integer mostCommon,
        @JsonProperty("max_sequence_length") Integer maxSequenceLength,
        @JsonProperty("ngram_size") Integer ngramSize,
        @JsonProperty("vector_size") Integer vectorSize,
        @JsonProperty("datetime_format") String datetimeFormat,
        // timeseries
        @JsonProperty("timeseries_length_limit") Integer timeseriesLengthLimit,
        @JsonProperty("padding_value") Double paddingValue,
        @JsonProperty("padding") String padding,
        @JsonProperty("window_size") Integer windowSize) {
}
