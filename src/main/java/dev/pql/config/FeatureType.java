package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Ludwig's feature types that PQL knows, by their Ludwig names.
 *
 * <p>HOW TO ADD A TYPE: the constant here, then its lines in {@link FeatureOptions}: preprocessing
 * options at {@code <type>.preprocessing} and encoder variants at {@code <type>.encoder} make it an
 * input type; decoder and loss variants plus a {@code METRICS} entry make it an output type.
 */
public enum FeatureType {
    BINARY, NUMBER, CATEGORY, TEXT, DATE, SEQUENCE, SET, BAG, VECTOR, TIMESERIES, IMAGE;

    @JsonValue
    public String ludwigName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Looks a type up by its Ludwig name (and Ludwig's old spelling {@code numerical}). */
    @JsonCreator
    public static FeatureType of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("numerical")) {
            return NUMBER;
        }
        for (FeatureType t : values()) {
            if (t.ludwigName().equals(n)) {
                return t;
            }
        }
        List<String> names = Arrays.stream(values()).map(FeatureType::ludwigName).toList();
        throw new PqlException(ErrorCode.INVALID_CONFIG, "Unknown feature type '" + name + "'; expected one of "
                + String.join(", ", names) + "." + Suggestions.didYouMean(name, names));
    }
}
