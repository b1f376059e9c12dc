package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where an image feature's files are read from: its base folder. A relative path resolves against
 * it; no path may lead out of it, by {@code ..}, as an absolute path elsewhere, or through a
 * symbolic link (42501). That keeps what a model can read to one folder, which the exec stage
 * puts under the server's files/ folder for models trained or used over the network.
 */
record ImageFolder(FeatureConfig feature, Path base) {

    /** The feature's base_folder (made absolute at training), or the working directory when it has none. */
    static ImageFolder of(FeatureConfig feature) {
        String given = feature.preprocessing() == null ? null : feature.preprocessing().baseFolder();
        try {
            Path base = Path.of(given == null || given.isBlank() ? "." : given).toAbsolutePath().normalize();
            return new ImageFolder(feature, base);
        } catch (InvalidPathException e) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Image feature '" + feature.name() + "': base_folder '"
                    + given + "' is not a usable path (" + e.getReason() + "). Set preprocessing.base_folder to a folder.");
        }
    }

    /** The real file a value names, inside the base folder; 42501 when it leads out, 22000 when it is not a file. */
    Path resolve(String given) {
        Path root = realBase();
        Path target;
        try {
            target = base.resolve(Path.of(given.trim())).normalize();
        } catch (InvalidPathException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Image path '" + given + "' of feature '" + feature.name()
                    + "' is not a usable path (" + e.getReason() + "). Give a file path relative to " + base + ".");
        }
        if (!target.startsWith(base) && !target.startsWith(root)) {
            throw escapes(given, "");
        }
        if (!Files.isRegularFile(target)) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Image file '" + given + "' of feature '" + feature.name()
                    + "' (column " + feature.column() + ") was not found in " + base + ". Check the path, or set "
                    + "preprocessing.base_folder to the folder the paths are relative to.");
        }
        try {
            Path real = target.toRealPath();
            if (!real.startsWith(root)) {
                throw escapes(given, " through a symbolic link");
            }
            return real;
        } catch (IOException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Image file '" + given + "' of feature '" + feature.name()
                    + "' cannot be read: " + e.getMessage() + ".");
        }
    }

    private Path realBase() {
        try {
            return base.toRealPath();
        } catch (IOException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "The base folder " + base + " of image feature '"
                    + feature.name() + "' does not exist. Set preprocessing.base_folder to the folder that holds the images.");
        }
    }

    private PqlException escapes(String given, String how) {
        return new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "Image path '" + given + "' of feature '"
                + feature.name() + "' leads out of its base folder " + base + how + "; image paths must name files "
                + "inside it. Move the image there, or set preprocessing.base_folder to a folder that holds every image.");
    }
}
