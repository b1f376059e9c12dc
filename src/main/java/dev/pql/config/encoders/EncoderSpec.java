package dev.pql.config.encoders;

import dev.pql.config.FeatureType;
import dev.pql.config.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * One encoder as the config knows it: the feature type and name users write, whether it is the
 * type's default and trains well with a high learning rate, its doc, the record its section binds
 * to, and that record's option lines at scope {@code <type>.encoder.<name>}.
 */
public record EncoderSpec(FeatureType type, String name, boolean isDefault, boolean shallow, String doc,
                          Class<? extends EncoderOptions> options, List<Option> lines) {

    /** The registry scope of the encoder's options. */
    public String scope() {
        return type.ludwigName() + ".encoder." + name;
    }

    /** Its lines of the option registry: the variant, then its options. */
    List<Option> rows() {
        List<Option> r = new ArrayList<>();
        r.add(Option.variant(type.ludwigName() + ".encoder", name, isDefault, doc));
        r.addAll(lines);
        return r;
    }
}
