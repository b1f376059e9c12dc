package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Global preprocessing: for now the train/validation/test split.
 *
 * <p>HOW TO ADD AN OPTION: add a component here with its Ludwig name in {@code @JsonProperty}, and
 * one {@code opt(...)} line in {@link TrainingOptions} (kind, default, check, doc). That line alone drives
 * defaults, validation (paths, did-you-mean) and docs/config.md; OptionRegistryTest fails if the
 * two disagree. Do not add defaults or checks anywhere else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreprocessingConfig(
        @JsonProperty("split") SplitConfig split,
        @JsonProperty("oversample_minority") Double oversampleMinority,
        @JsonProperty("undersample_majority") Double undersampleMajority) {

    /** Ludwig's split section: {@code random} with three probabilities. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SplitConfig(
            @JsonProperty("type") String type,
            @JsonProperty("probabilities") List<Double> probabilities,
            @JsonProperty("column") String column,
            @JsonProperty("datetime_format") String datetimeFormat) {
    }
}
