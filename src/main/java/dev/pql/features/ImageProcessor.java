package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeaturePreprocessing;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ludwig's image input: each value is the path of a PNG or JPEG file, relative to the feature's
 * base folder ({@link ImageFolder}). Every image is resized to one height x width (given, or the
 * mean of the first training images, capped) and converted to one channel count (given, or the
 * commonest of those images); pixels are floats in [0, 1], channels first. With {@code in_memory}
 * (the default) each distinct file is decoded once per encode and kept; without it, a batch's images
 * are read when the batch is built. A missing value is a black image.
 */
public final class ImageProcessor implements FeatureProcessor {
    private final FeatureConfig config;
    private int height;
    private int width;
    private int channels;

    ImageProcessor(FeatureConfig config) {
        this.config = config;
    }

    ImageProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        height = m.height();
        width = m.width();
        channels = m.numChannels();
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int channels() {
        return channels;
    }

    @Override
    public void fit(List<Object> values) {
        FeaturePreprocessing p = config.preprocessing();
        ImageFolder folder = ImageFolder.of(config);
        int sample = p.inferImageSampleSize() == null ? 100 : p.inferImageSampleSize();
        long heights = 0;
        long widths = 0;
        int seen = 0;
        int[] channelCounts = new int[5];
        for (Object v : values) {
            if (seen == sample) {
                break;
            }
            if (!FeatureProcessor.missing(v)) {
                ImageReader.Header h = ImageReader.header(folder.resolve(v.toString()), shown(v));
                heights += h.height();
                widths += h.width();
                channelCounts[Math.min(4, Math.max(1, h.channels()))]++;
                seen++;
            }
        }
        if (seen == 0 && (p.height() == null || p.width() == null || p.numChannels() == null)) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Image feature '" + config.name() + "' (column "
                    + config.column() + ") has no image paths in the training data to take its size from; set "
                    + "preprocessing.height, width and num_channels, or give it images.");
        }
        boolean infer = !Boolean.FALSE.equals(p.inferImageDimensions());
        if ((p.height() == null || p.width() == null) && !infer) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Image feature '" + config.name() + "' has "
                    + "infer_image_dimensions false but no height and width; set both.");
        }
        height = p.height() != null ? p.height() : (int) Math.min(cap(p.inferImageMaxHeight()), Math.round((double) heights / seen));
        width = p.width() != null ? p.width() : (int) Math.min(cap(p.inferImageMaxWidth()), Math.round((double) widths / seen));
        channels = p.numChannels() != null ? p.numChannels() : commonest(channelCounts);
    }

    private static int cap(Integer max) {
        return max == null ? 256 : max;
    }

    private static int commonest(int[] counts) {
        int best = 3;
        for (int c : new int[] {1, 3, 4}) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public FeatureMetadata metadata() {
        return FeatureMetadata.image(config.name(), height, width, channels);
    }

    @Override
    public Encoded encode(List<Object> values) {
        int size = channels * height * width;
        ImageFolder folder = ImageFolder.of(config);
        if (Boolean.FALSE.equals(config.preprocessing().inMemory())) {
            for (Object v : values) { // every path is checked now, so a bad one fails before training starts
                if (!FeatureProcessor.missing(v)) {
                    folder.resolve(v.toString());
                }
            }
            List<Object> kept = List.copyOf(values.stream().map(v -> v == null ? "" : v).toList());
            return new Encoded.OnDemand(kept.size(), size, r -> pixels(folder, kept.get(r)));
        }
        float[] out = new float[values.size() * size];
        Map<Object, float[]> decoded = new HashMap<>(); // a file named by many rows is decoded once
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (!FeatureProcessor.missing(v)) {
                System.arraycopy(decoded.computeIfAbsent(v.toString().trim(), k -> pixels(folder, k)), 0, out, i * size, size);
            }
        }
        return new Encoded.Matrix(out, size);
    }

    private float[] pixels(ImageFolder folder, Object value) {
        if (FeatureProcessor.missing(value)) {
            return new float[channels * height * width];
        }
        Path file = folder.resolve(value.toString());
        boolean interpolate = !"crop_or_pad".equals(config.preprocessing().resizeMethod());
        return ImageReader.pixels(file, shown(value), height, width, channels, interpolate);
    }

    private String shown(Object value) {
        return "'" + value + "' of feature '" + config.name() + "'";
    }
}
