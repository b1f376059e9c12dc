package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The base folders of image features (the only files a model reads), settled where the session is
 * known. Before training, each becomes absolute, so the stored model reads the same folder from any
 * working directory; over the network it must be inside the server's files/ folder (files/ itself
 * when not set). Before a remote statement scores rows, a model whose images are read from outside
 * files/ (one trained locally) is refused. Inside the folder, the image processor keeps every path.
 */
final class ImageFolders {
    private ImageFolders() {
    }

    /** The config with every image feature's base_folder absolute, and confined for remote sessions (42501). */
    static ModelConfig settle(Session session, ModelConfig config) {
        List<FeatureConfig> inputs = new ArrayList<>();
        boolean changed = false;
        for (FeatureConfig f : config.inputFeatures()) {
            if (f.type() != FeatureType.IMAGE) {
                inputs.add(f);
                continue;
            }
            String given = f.preprocessing().baseFolder();
            Path folder = session.role() == null
                    ? Path.of(given == null || given.isBlank() ? "." : given).toAbsolutePath().normalize()
                    : Confinement.inside(files(session), given == null || given.isBlank() ? "." : given,
                            "Image feature '" + f.name() + "' base_folder");
            inputs.add(f.withPreprocessing(f.preprocessing().withBaseFolder(folder.toString())));
            changed = true;
        }
        return changed ? config.withInputFeatures(inputs) : config;
    }

    /** For a remote session: refuses (42501) a model that reads images from outside the server's files/ folder. */
    static void requireConfined(Session session, ModelConfig config) {
        if (session.role() == null) {
            return;
        }
        Path root;
        try {
            root = files(session).toRealPath();
        } catch (IOException e) {
            root = files(session).toAbsolutePath().normalize();
        }
        for (FeatureConfig f : config.inputFeatures()) {
            if (f.type() != FeatureType.IMAGE) {
                continue;
            }
            String base = f.preprocessing().baseFolder();
            Path p = base == null ? null : Path.of(base).toAbsolutePath().normalize();
            if (p == null || !p.startsWith(root)) {
                throw new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "Not allowed over the network: image "
                        + "feature '" + f.name() + "' reads its images from " + (base == null ? "the working directory" : base)
                        + ", outside the server's files/ folder. Retrain the model over the network (its images under "
                        + "files/), or use it locally.");
            }
        }
    }

    private static Path files(Session session) {
        Path files = session.engine().store().dataDir().resolve(Confinement.FILES);
        try {
            java.nio.file.Files.createDirectories(files);
        } catch (IOException e) {
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot create the server's files/ folder " + files + ": "
                    + e.getMessage());
        }
        return files;
    }
}
