package dev.pql.drift;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.FeatureConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The training distribution of every tracked input of a version (stored as training_profile.json):
 * what SHOW DRIFT and PREDICT compare new rows with.
 */
public record TrainingProfile(@JsonProperty("features") List<FeatureProfile> features) {

    /**
     * Profiles the rows a version was fitted on; {@code columns.get(i)} holds input i's values.
     * Inputs of untracked types (date, vector) are left out.
     */
    public static TrainingProfile of(List<FeatureConfig> inputs, List<List<Object>> columns) {
        List<FeatureProfile> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            FeatureProfile p = FeatureProfile.fit(inputs.get(i), columns.get(i));
            if (p != null) {
                out.add(p);
            }
        }
        return new TrainingProfile(out);
    }

    /** The profile of a feature by name, or null when it is not tracked. */
    public FeatureProfile feature(String name) {
        return features.stream().filter(f -> f.feature().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
