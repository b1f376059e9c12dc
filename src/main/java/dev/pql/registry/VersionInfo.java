package dev.pql.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A version's provenance and results (Tribuo-style): what statement made it from which data, when,
 * with which engine, how long it took, and its metrics per split.
 */
public record VersionInfo(
        @JsonProperty("model") String model,
        @JsonProperty("version") int version,
        @JsonProperty("statement") String statement,
        @JsonProperty("source_sql") String sourceSql,
        @JsonProperty("rows") int rows,
        @JsonProperty("split_rows") Map<String, Integer> splitRows,
        @JsonProperty("data_sha256") String dataSha256,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("training_seconds") double trainingSeconds,
        @JsonProperty("best_epoch") int bestEpoch,
        @JsonProperty("notes") List<String> notes,
        @JsonProperty("metrics") Map<String, Map<String, Double>> metrics,
        @JsonProperty("engine") Map<String, String> engine) {
}
