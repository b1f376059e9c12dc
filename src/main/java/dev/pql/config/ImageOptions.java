package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.fraction;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.LAYERS;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;
import static dev.pql.config.Option.variant;

import dev.pql.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Image inputs (a column of PNG or JPEG file paths) with Ludwig's preprocessing and its
 * {@code stacked_cnn} image encoder, and the pretrained text encoder (Ludwig's
 * {@code auto_transformer} with the one set of weights PQL ships, all-MiniLM-L6-v2, also named
 * {@code minilm}). Same line format as {@link FeatureOptions} (see HOW TO ADD AN OPTION there); kept
 * apart so these additions do not collide with edits to the other files.
 */
final class ImageOptions {
    private ImageOptions() {
    }

    private static final String MINILM = EncoderConfig.MINILM;
    private static final Check ACTIVATION = oneOf(FcLayer.ACTIVATIONS, FcLayer.LUDWIG_ACTIVATIONS);

    private static final Check ONLY_MINILM = Check.of("only " + MINILM, v -> MINILM.equalsIgnoreCase(v.asText())
            || "all-MiniLM-L6-v2".equalsIgnoreCase(v.asText()) ? null : new Check.Problem(ErrorCode.NOT_SUPPORTED,
            "pretrained weights '" + v.asText() + "' are valid in Ludwig but PQL cannot load them: nothing is downloaded "
            + "at run time, and the only weights PQL ships (inside pql.jar) are " + MINILM + "."));

    /** Every line, built after the checks above (static fields initialise in textual order). */
    static final List<Option> ROWS = rows();

    private static List<Option> rows() {
        List<Option> r = new ArrayList<>();
        preprocessing(r);
        stackedCnn(r);
        pretrainedText(r);
        return List.copyOf(r);
    }

    private static void preprocessing(List<Option> r) {
        String p = "image.preprocessing";
        r.add(opt(p, "base_folder", STRING, null, "PQL's: the folder that relative image paths are read from (the "
                + "working directory when not set; made absolute when the model is trained). Over the network it is "
                + "a folder under the server's files/ folder (files/ itself when not set), and no image path may "
                + "lead out of it."));
        r.add(opt(p, "height", INT, null, atLeast(1), "Height in pixels every image is resized to; inferred from the "
                + "first training images when not set."));
        r.add(opt(p, "width", INT, null, atLeast(1), "Width in pixels every image is resized to; inferred like height."));
        r.add(opt(p, "num_channels", INT, null, oneOf(List.of("1", "3", "4"), List.of()), "1 (grey), 3 (RGB) or 4 "
                + "(RGBA); the commonest of the first training images when not set."));
        r.add(opt(p, "resize_method", STRING, "interpolate", oneOf("interpolate", "crop_or_pad"), "How an image of "
                + "another size is brought to height x width: scaled (bilinear), or cut and padded with black around "
                + "its centre."));
        r.add(opt(p, "in_memory", BOOL, true, "Keep every decoded, resized image in memory (read once, as Ludwig "
                + "does); false reads each batch's images from disk as training needs them."));
        r.add(opt(p, "infer_image_dimensions", BOOL, true, "Take height and width from the training images when they "
                + "are not set (their mean, capped by infer_image_max_height and infer_image_max_width)."));
        r.add(opt(p, "infer_image_max_height", INT, 256, atLeast(1), "Largest inferred height."));
        r.add(opt(p, "infer_image_max_width", INT, 256, atLeast(1), "Largest inferred width."));
        r.add(opt(p, "infer_image_sample_size", INT, 100, atLeast(1), "Images read to infer the size and channels."));
        r.add(opt(p, "standardize_image", STRING, null, Check.of("not set", v -> new Check.Problem(ErrorCode.NOT_SUPPORTED,
                "'" + v.asText() + "' is valid in Ludwig but not supported by PQL yet: it standardises images for pretrained "
                + "encoders, which PQL does not have.")),
                "Ludwig's per-channel "
                + "standardisation for pretrained encoders; PQL scales pixels to [0, 1] and has no pretrained image "
                + "encoder."));
        r.add(opt(p, "missing_value_strategy", STRING, "fill_with_const", oneOf(List.of("fill_with_const"),
                List.of("bfill", "ffill", "drop_row", "fill_with_mode")), "A missing image (NULL or blank path) is "
                + "all black."));
    }

    private static void stackedCnn(List<Option> r) {
        String s = "image.encoder.stacked_cnn";
        r.add(variant("image.encoder", "stacked_cnn", true, "Ludwig's Stacked2DCNN, trained from scratch: 2-d "
                + "convolutions, each followed by pooling, then fully connected layers."));
        r.add(opt(s, "conv_layers", LAYERS, null, ConvLayer.check(), "The convolutions one by one "
                + "([{out_channels: 32}, {out_channels: 64, dropout: 0.2}]); a layer's unset keys take the options "
                + "below. Ludwig's older num_filters, filter_size and pool_size are read as out_channels, "
                + "kernel_size and pool_kernel_size. Replaces num_conv_layers when set; two layers (32 and 64 "
                + "channels) when neither is set."));
        r.add(opt(s, "num_conv_layers", INT, null, atLeast(1), "Convolution layers, each with the options below."));
        r.add(opt(s, "out_channels", INT, 32, atLeast(1), "Filters per convolution."));
        r.add(opt(s, "kernel_size", INT, 3, atLeast(1), "Convolution window, in pixels (square)."));
        r.add(opt(s, "stride", INT, 1, atLeast(1), "Convolution step, in pixels."));
        r.add(opt(s, "padding", STRING, "valid", oneOf("valid", "same"), "valid: no padding; same: pad to keep the "
                + "size (stride 1)."));
        r.add(opt(s, "conv_activation", STRING, "relu", ACTIVATION, "Activation after each convolution."));
        r.add(opt(s, "conv_dropout", FLOAT, 0.0, fraction(), "Dropout rate after each convolution's pooling."));
        r.add(opt(s, "pool_function", STRING, "max", oneOf(ConvLayer.POOL_FUNCTIONS, List.of()), "Pooling after each "
                + "convolution: max or average (avg, mean)."));
        r.add(opt(s, "pool_kernel_size", INT, 2, atLeast(1), "Pooling window, in pixels; 1 does not pool."));
        r.add(opt(s, "pool_stride", INT, null, atLeast(1), "Pooling step; the window when not set."));
        r.add(opt(s, "num_fc_layers", INT, 1, atLeast(0), "Fully connected layers after the convolutions."));
        r.add(opt(s, "fc_layers", LAYERS, null, FcLayer.check(), "Those layers one by one; unset keys take the "
                + "options here. Replaces num_fc_layers when set."));
        r.add(opt(s, "output_size", INT, 128, atLeast(1), "Width of each fully connected layer."));
        r.add(opt(s, "fc_activation", STRING, "relu", ACTIVATION, "Activation of the fully connected layers."));
        r.add(opt(s, "fc_dropout", FLOAT, 0.0, fraction(), "Dropout rate of the fully connected layers."));
        r.add(opt(s, "fc_norm", STRING, null, oneOf(List.of("batch", "layer"), List.of("ghost")), "Normalisation of "
                + "the fully connected layers; none when not set."));
    }

    private static void pretrainedText(List<Option> r) {
        for (String name : List.of("auto_transformer", "minilm")) {
            String s = "text.encoder." + name;
            r.add(variant("text.encoder", name, false, (name.equals("minilm") ? "PQL's short name for auto_transformer "
                    + "with " + MINILM + ". " : "") + "A pretrained sentence encoder (all-MiniLM-L6-v2, 384 numbers per "
                    + "text, shipped in pql.jar and run by ONNX Runtime, offline), frozen: each distinct text is "
                    + "embedded once and cached; a trainable fully connected layer on top."));
            r.add(opt(s, "pretrained_model_name_or_path", STRING, MINILM, ONLY_MINILM, "The pretrained weights: only "
                    + MINILM + " (others cannot be loaded offline)."));
            r.add(opt(s, "trainable", BOOL, false, Check.only("false", "fine-tuning the pretrained weights; PQL keeps "
                    + "them frozen and trains the layer on top"), "Fine-tune the pretrained weights; only false."));
            r.add(opt(s, "use_pretrained", BOOL, true, Check.only("true", "a transformer from random weights; use "
                    + "encoder transformer for that"), "Start from the pretrained weights; only true."));
            r.add(opt(s, "output_size", INT, 128, atLeast(1), "PQL's: width of the trainable layer on the embedding."));
            r.add(opt(s, "dropout", FLOAT, 0.0, fraction(), "PQL's: dropout rate after that layer."));
        }
    }
}
