package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;

import dev.pql.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Image inputs (a column of PNG or JPEG file paths) with Ludwig's preprocessing; the image
 * {@code stacked_cnn} encoder's lines are its options record's
 * ({@link dev.pql.config.encoders.ImageCnnOptions}). Same line format as {@link FeatureOptions} (see HOW TO ADD AN OPTION there); kept
 * apart so these additions do not collide with edits to the other files.
 */
final class ImageOptions {
    private ImageOptions() {
    }

    /** Every line. */
    static final List<Option> ROWS = rows();

    private static List<Option> rows() {
        List<Option> r = new ArrayList<>();
        preprocessing(r);
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
}
