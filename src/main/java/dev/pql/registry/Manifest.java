package dev.pql.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.config.ConfigMapper;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.json} of a version folder: the folder's format version and the SHA-256 of every
 * other file in it. Written last, before the folder is renamed into place; checked when a version
 * is loaded or imported, so that a truncated, emptied or swapped file is refused with its name
 * instead of failing (or, worse, predicting) later. Versions saved before manifests existed have
 * none and load as before.
 */
public record Manifest(@JsonProperty("format") int format, @JsonProperty("sha256") Map<String, String> sha256) {
    public static final String FILE = "manifest.json";
    /** The version folder format this PQL writes; it reads this one and every older one. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = ConfigMapper.json();

    /** The manifest of the files {@code contents} (name to bytes) about to be written. */
    static Manifest of(Map<String, byte[]> contents) {
        Map<String, String> hashes = new TreeMap<>();
        contents.forEach((name, bytes) -> hashes.put(name, sha256(bytes)));
        return new Manifest(FORMAT, hashes);
    }

    byte[] toJson() throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    /**
     * Checks a version folder against its manifest; a folder without one (written before PQL 14's
     * manifests) passes. Fails with 58030 naming the first file that is missing or differs.
     */
    static void verify(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        Manifest m;
        try {
            m = JSON.readValue(file.toFile(), Manifest.class);
        } catch (IOException e) {
            throw corrupt(dir, FILE, "it is not a readable manifest (" + e.getMessage() + ")");
        }
        if (m.format() > FORMAT || m.format() < 1 || m.sha256() == null) {
            throw new PqlException(ErrorCode.STORE_ERROR, "The model version in '" + dir + "' has format " + m.format()
                    + ", which this PQL (format " + FORMAT + ") cannot read. Upgrade PQL, or export the model again "
                    + "from the PQL that wrote it.");
        }
        for (Map.Entry<String, String> e : m.sha256().entrySet()) {
            Path f = dir.resolve(e.getKey()).normalize();
            if (!f.startsWith(dir.normalize()) || !Files.isRegularFile(f)) {
                throw corrupt(dir, e.getKey(), "it is missing");
            }
            try {
                if (!sha256(Files.readAllBytes(f)).equals(e.getValue())) {
                    throw corrupt(dir, e.getKey(), "its SHA-256 differs from the one recorded in " + FILE
                            + " (the file was truncated, changed or replaced)");
                }
            } catch (IOException io) {
                throw corrupt(dir, e.getKey(), "it cannot be read (" + io.getMessage() + ")");
            }
        }
    }

    static PqlException corrupt(Path dir, String file, String why) {
        return new PqlException(ErrorCode.STORE_ERROR, "File '" + file + "' of the model version in '" + dir + "' is "
                + "damaged: " + why + ". Nothing was loaded; restore the folder from a backup or a fresh EXPORT MODEL, "
                + "or train the version again.");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
