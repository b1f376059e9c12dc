package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.config.encoders.EncoderOptions;
import dev.pql.config.encoders.EncoderSpec;
import dev.pql.config.encoders.EncoderSpecs;
import dev.pql.config.encoders.PretrainedTextOptions;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;

/**
 * An input feature's encoder, Ludwig style: {@code type} picks the encoder from its feature type's
 * registry ({@link EncoderSpecs}) and {@code options} are that encoder's options, bound strictly to
 * its own record, so that number {@code dense} and category {@code dense} read different keys. In
 * JSON it is one flat section, {@code {type: ..., <options>}}, as Ludwig writes it and as PQL has
 * always stored it.
 *
 * <p>A section is read before its feature's type is known (Jackson reads the feature's keys in any
 * order), so it starts as the {@link WrittenSection} and {@link FeatureConfig} binds it. The
 * {@code defaults.<type>.encoder} section stays as written: without a {@code type} it holds
 * options for whichever encoder each feature uses, and it has been applied to the features already.
 */
public record EncoderConfig(String type, EncoderOptions options) {

    /** A section as written, not yet bound to its encoder's record. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static EncoderConfig written(JsonNode section) {
        if (!(section instanceof ObjectNode o)) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "an encoder is a section ({type: ..., <options>}), got "
                    + section);
        }
        JsonNode type = o.get("type");
        return new EncoderConfig(type == null || type.isNull() ? null : type.asText(), new WrittenSection(canonical(o)));
    }

    /**
     * A copy whose numbers are ints and doubles whatever read them (YAML, JSON, a WITH literal's long),
     * as a record's Integer and Double components hold them: equal sections then compare equal.
     */
    private static ObjectNode canonical(ObjectNode section) {
        ObjectNode out = section.deepCopy();
        List<String> keys = new ArrayList<>();
        section.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode v = out.get(key);
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                out.set(key, IntNode.valueOf(v.intValue()));
            } else if (v.isFloatingPointNumber()) {
                out.set(key, DoubleNode.valueOf(v.doubleValue()));
            }
        }
        return out;
    }

    /** The section as JSON: its type, then its options as the record orders them. */
    @JsonValue
    ObjectNode json() {
        if (options instanceof WrittenSection w) {
            return w.tree().deepCopy(); // the record's own tree stays unchanged whatever the caller does
        }
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (type != null) {
            n.put("type", type);
        }
        n.setAll((ObjectNode) ConfigMapper.json().valueToTree(options));
        return n;
    }

    /**
     * This section bound to the record of its encoder for a feature of {@code featureType} (the
     * type's default encoder when the section names none); unchanged when bound already.
     */
    EncoderConfig bind(FeatureType featureType) {
        if (!(options instanceof WrittenSection w) || featureType == null) {
            return this;
        }
        EncoderSpec spec = type == null ? EncoderSpecs.defaultOf(featureType) : EncoderSpecs.find(featureType, type);
        if (spec == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "No encoder '" + type + "' for " + featureType.ludwigName()
                    + " features; PQL has " + String.join(", ", EncoderSpecs.names(featureType)) + ".");
        }
        ObjectNode fields = w.tree().deepCopy();
        fields.remove("type");
        try {
            return new EncoderConfig(type, ConfigMapper.json().treeToValue(fields, spec.options()));
        } catch (JsonProcessingException e) {
            throw new ConfigMapper.NestedSectionException("encoder", e);
        }
    }

    /** The options as the record of one encoder; an error naming both when they are another's. */
    public <O extends EncoderOptions> O options(Class<O> record) {
        if (!record.isInstance(options)) {
            throw new PqlException(ErrorCode.INTERNAL_ERROR, "Encoder '" + type + "' has " + describe(options)
                    + ", not " + record.getSimpleName() + ".");
        }
        return record.cast(options);
    }

    /** True for the text encoders that run the pretrained sentence encoder (auto_transformer, minilm). */
    public boolean pretrainedText() {
        return options instanceof PretrainedTextOptions;
    }

    private static String describe(EncoderOptions o) {
        return o instanceof WrittenSection ? "options not bound to a feature type" : o.getClass().getSimpleName();
    }

    /** A section as written: the options of a defaults section, or of a feature before its type is bound. */
    record WrittenSection(ObjectNode tree) implements EncoderOptions {
    }
}
