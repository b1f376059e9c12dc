package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Global preprocessing: for now the train/validation/test split. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreprocessingConfig(@JsonProperty("split") SplitConfig split) {

    /** Ludwig's split section: {@code random} with three probabilities. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SplitConfig(
            @JsonProperty("type") String type,
            @JsonProperty("probabilities") List<Double> probabilities) {
    }
}
