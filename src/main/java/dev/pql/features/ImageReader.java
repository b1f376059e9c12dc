package dev.pql.features;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads PNG and JPEG files (javax.imageio, in the JDK) into pixels of one size and channel count:
 * floats in [0, 1], channels first (C, H, W), as convolutions take them. Sizes are read from the
 * header first, so a huge image is refused before it is decoded.
 */
final class ImageReader {
    /** Larger images are refused rather than decoded (a small file can declare a huge image). */
    static final long MAX_PIXELS = 40_000_000L;

    private ImageReader() {
    }

    /** An image's height, width and channel count, from its header. */
    record Header(int height, int width, int channels) {
    }

    static Header header(Path file, String shown) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            javax.imageio.ImageReader reader = readerOf(in, shown);
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                var type = reader.getImageTypes(0);
                int channels = type.hasNext() ? type.next().getColorModel().getNumComponents() : 3;
                return new Header(h, w, channels == 2 ? 4 : channels); // grey with alpha reads as RGBA
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw unreadable(shown, e.getMessage());
        }
    }

    /** The image resized to height x width with {@code channels} channels, as (C, H, W) floats in [0, 1]. */
    static float[] pixels(Path file, String shown, int height, int width, int channels, boolean interpolate) {
        BufferedImage image = decode(file, shown);
        int type = channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : channels == 4 ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        try {
            if (interpolate) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, width, height, null);
            } else { // crop_or_pad: the original pixels around the centre, black where the image is smaller
                g.drawImage(image, (width - image.getWidth()) / 2, (height - image.getHeight()) / 2, null);
            }
        } finally {
            g.dispose();
        }
        float[] p = new float[channels * height * width];
        int plane = height * width;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (channels == 1) {
                    p[i] = out.getRaster().getSample(x, y, 0) / 255f;
                    continue;
                }
                int argb = out.getRGB(x, y);
                p[i] = ((argb >> 16) & 0xff) / 255f;
                p[plane + i] = ((argb >> 8) & 0xff) / 255f;
                p[2 * plane + i] = (argb & 0xff) / 255f;
                if (channels == 4) {
                    p[3 * plane + i] = ((argb >>> 24) & 0xff) / 255f;
                }
            }
        }
        return p;
    }

    private static BufferedImage decode(Path file, String shown) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            javax.imageio.ImageReader reader = readerOf(in, shown);
            try {
                reader.setInput(in);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw unreadable(shown, "it has " + reader.getWidth(0) + " x " + reader.getHeight(0)
                            + " pixels, more than the " + MAX_PIXELS + " PQL decodes");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PqlException p) {
                throw p;
            }
            throw unreadable(shown, e.getMessage());
        }
    }

    private static javax.imageio.ImageReader readerOf(ImageInputStream in, String shown) {
        if (in == null) {
            throw unreadable(shown, "the file cannot be opened");
        }
        Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw unreadable(shown, "it is not a PNG or JPEG image");
        }
        return readers.next();
    }

    private static PqlException unreadable(String shown, String why) {
        return new PqlException(ErrorCode.INVALID_DATA, "Image " + shown + " cannot be read: " + why + ". Image "
                + "features read PNG and JPEG files; fix or remove the file, or set the value to NULL.");
    }
}
