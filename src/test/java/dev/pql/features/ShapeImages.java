package dev.pql.features;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A tiny image set drawn here (no downloaded data): circles, squares and crosses of random size
 * and position on a dark, noisy background. Most are 24 x 24 grey PNGs; every fifth is a 28 x 28
 * colour JPEG, so reading resizes and converts channels.
 */
public final class ShapeImages {
    public static final List<String> LABELS = List.of("circle", "square", "cross");

    private ShapeImages() {
    }

    /** One drawn image: its path relative to the folder, and what it shows. */
    public record Shape(String path, String label) {
    }

    /** Writes {@code perLabel} images of each shape under {@code folder}/{@code sub}; returns them in a mixed order. */
    public static List<Shape> write(Path folder, String sub, int perLabel, long seed) {
        Random r = new Random(seed);
        List<Shape> out = new ArrayList<>();
        try {
            Files.createDirectories(folder.resolve(sub));
            for (int i = 0; i < perLabel; i++) {
                for (String label : LABELS) {
                    boolean jpeg = out.size() % 5 == 4;
                    int side = jpeg ? 28 : 24;
                    BufferedImage img = new BufferedImage(side, side, jpeg ? BufferedImage.TYPE_INT_RGB
                            : BufferedImage.TYPE_BYTE_GRAY);
                    draw(img, label, r);
                    String name = sub + "/" + label + "_" + i + (jpeg ? ".jpg" : ".png");
                    ImageIO.write(img, jpeg ? "jpeg" : "png", folder.resolve(name).toFile());
                    out.add(new Shape(name, label));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void draw(BufferedImage img, String label, Random r) {
        int side = img.getWidth();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int g = r.nextInt(40);
                img.setRGB(x, y, new Color(g, g, g).getRGB());
            }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200 + r.nextInt(55), 200 + r.nextInt(55), 200 + r.nextInt(55)));
        int size = side / 2 + r.nextInt(side / 4);
        int x = r.nextInt(side - size + 1);
        int y = r.nextInt(side - size + 1);
        switch (label) {
            case "circle" -> g.fillOval(x, y, size, size);
            case "square" -> g.fillRect(x, y, size, size);
            default -> {
                g.setStroke(new BasicStroke(2.5f));
                g.drawLine(x, y, x + size, y + size);
                g.drawLine(x, y + size, x + size, y);
            }
        }
        g.dispose();
    }
}
