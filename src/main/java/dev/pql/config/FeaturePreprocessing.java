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
        @JsonProperty("window_size") Integer windowSize,
        // image (see ImageOptions)
        @JsonProperty("base_folder") String baseFolder,
        @JsonProperty("height") Integer height,
        @JsonProperty("width") Integer width,
        @JsonProperty("num_channels") Integer numChannels,
        @JsonProperty("resize_method") String resizeMethod,
        @JsonProperty("in_memory") Boolean inMemory,
        @JsonProperty("infer_image_dimensions") Boolean inferImageDimensions,
        @JsonProperty("infer_image_max_height") Integer inferImageMaxHeight,
        @JsonProperty("infer_image_max_width") Integer inferImageMaxWidth,
        @JsonProperty("infer_image_sample_size") Integer inferImageSampleSize,
        @JsonProperty("standardize_image") String standardizeImage) {

    /** The same options with {@code base_folder} replaced (made absolute, or confined, before training). */
    public FeaturePreprocessing withBaseFolder(String folder) {
        return new FeaturePreprocessing(missingValueStrategy, fillValue, normalization, tokenizer, lowercase, mostCommon,
                maxSequenceLength, ngramSize, vectorSize, datetimeFormat, timeseriesLengthLimit, paddingValue, padding,
                windowSize, folder, height, width, numChannels, resizeMethod, inMemory, inferImageDimensions,
                inferImageMaxHeight, inferImageMaxWidth, inferImageSampleSize, standardizeImage);
    }
}
