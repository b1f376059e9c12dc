package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Check;
import dev.pql.config.Option;
import dev.pql.error.ErrorCode;
import java.util.List;

/**
 * The pretrained text encoder: Ludwig's {@code auto_transformer} with the one set of weights PQL
 * ships (all-MiniLM-L6-v2, also named {@code minilm}), frozen, with a trainable layer on top.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PretrainedTextOptions(
        @JsonProperty("dropout") Double dropout,
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("pretrained_model_name_or_path") String pretrainedModelNameOrPath,
        @JsonProperty("trainable") Boolean trainable,
        @JsonProperty("use_pretrained") Boolean usePretrained) implements EncoderOptions {

    /** The pretrained text weights PQL ships in its jar, by their Hugging Face name. */
    public static final String MINILM = "sentence-transformers/all-MiniLM-L6-v2";

    private static final Check ONLY_MINILM = Check.of("only " + MINILM, v -> MINILM.equalsIgnoreCase(v.asText())
            || "all-MiniLM-L6-v2".equalsIgnoreCase(v.asText()) ? null : new Check.Problem(ErrorCode.NOT_SUPPORTED,
            "pretrained weights '" + v.asText() + "' are valid in Ludwig but PQL cannot load them: nothing is downloaded "
            + "at run time, and the only weights PQL ships (inside pql.jar) are " + MINILM + "."));

    /** The variant's doc: {@code minilm} says first that it is PQL's short name. */
    static String doc(String name) {
        return (name.equals("minilm") ? "PQL's short name for auto_transformer with " + MINILM + ". " : "")
                + "A pretrained sentence encoder (all-MiniLM-L6-v2, 384 numbers per text, shipped in pql.jar and run by "
                + "ONNX Runtime, offline), frozen: each distinct text is embedded once and cached; a trainable fully "
                + "connected layer on top.";
    }

    static List<Option> options(String s) {
        return List.of(
                opt(s, "pretrained_model_name_or_path", STRING, MINILM, ONLY_MINILM, "The pretrained weights: only "
                        + MINILM + " (others cannot be loaded offline)."),
                opt(s, "trainable", BOOL, false, Check.only("false", "fine-tuning the pretrained weights; PQL keeps "
                        + "them frozen and trains the layer on top"), "Fine-tune the pretrained weights; only false."),
                opt(s, "use_pretrained", BOOL, true, Check.only("true", "a transformer from random weights; use "
                        + "encoder transformer for that"), "Start from the pretrained weights; only true."),
                opt(s, "output_size", INT, 128, atLeast(1), "PQL's: width of the trainable layer on the embedding."),
                EncoderLines.dropout(s, 0.0, "PQL's: dropout rate after that layer."));
    }
}
