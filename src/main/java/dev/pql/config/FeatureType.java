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
 * <p>HOW TO ADD A TYPE (CONTRIBUTING.md, "Adding a feature type", walks through it): the constant
 * here; its lines in {@link FeatureOptions} ({@code <type>.preprocessing} options, and decoder and
 * loss variants plus {@code METRICS} and {@code HEADLINE} entries for an output type); its processor
 * and its line in {@code features/Processors}; its encoders ({@code config/encoders/EncoderSpecs},
 * {@code model/Encoders}) for an input type. An output type also gets one class and one registry
 * entry in each stage that varies by output type: {@code model/HeadKind} ({@code HeadKinds}),
 * {@code train/OutputKind} ({@code OutputKinds}) and {@code exec/FeatureKind} ({@code FeatureKinds});
 * FeatureKindsTest fails when one is missing. Other code does not switch on an output type, but for
 * a few rules with a default that CONTRIBUTING.md lists.
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
