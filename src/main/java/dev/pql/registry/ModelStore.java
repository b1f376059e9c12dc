package dev.pql.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.config.ConfigMapper;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.features.FeatureMetadata;
import dev.pql.train.EpochLog;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The model registry: {@code <root>/<model>/<version>/} holds config.json, features.json,
 * weights.params, training_log.json and version.json. A version is written to a temporary folder
 * and renamed into place, so readers never see half a version and a failure leaves none behind.
 * The newest version is the active one.
 */
public final class ModelStore {
    private static final ObjectMapper JSON = ConfigMapper.json();
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();
    /** The file naming the active version, when it is not the newest. */
    private static final String ACTIVE = "ACTIVE";
    private final Path root;
    private final Map<Path, LoadedModel> cache = new ConcurrentHashMap<>();

    public ModelStore(Path root) {
        this.root = root;
    }

    /** Model names are case-insensitive, as SQL names are; they must be plain identifiers. */
    public static String normalize(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Model name '" + name
                    + "' is not allowed; use letters, digits and underscores, starting with a letter.");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    public boolean exists(String name) {
        return !versions(normalize(name)).isEmpty();
    }

    /** The model's versions, oldest first; empty when there is no such model. */
    public List<Integer> versions(String name) {
        Path dir = root.resolve(normalize(name));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
                    .map(Integer::valueOf).sorted().toList();
        } catch (IOException e) {
            throw storeError("list versions of " + name, e);
        }
    }

    /** Every model name, sorted. */
    public List<String> models() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !versions(n).isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw storeError("list models", e);
        }
    }

    /**
     * Writes a new version and returns its number. With {@code mustBeNew} it fails if the model
     * already exists (checked under the lock, so two creators cannot both win).
     */
    public int save(String name, Artifacts a, boolean mustBeNew) {
        String n = normalize(name);
        Path dir = root.resolve(n);
        synchronized (LOCKS.computeIfAbsent(dir.toAbsolutePath(), k -> new Object())) {
            List<Integer> existing = versions(n);
            if (mustBeNew && !existing.isEmpty()) {
                throw alreadyExists(name);
            }
            int version = existing.isEmpty() ? 1 : existing.get(existing.size() - 1) + 1;
            Path tmp = dir.resolve(".tmp-" + UUID.randomUUID());
            try {
                Files.createDirectories(tmp);
                VersionInfo info = withVersion(a.info(), n, version);
                JSON.writeValue(tmp.resolve("config.json").toFile(), a.config());
                List<FeatureMetadata> features = new ArrayList<>(a.inputs());
                features.add(a.output());
                JSON.writeValue(tmp.resolve("features.json").toFile(), features);
                Files.write(tmp.resolve("weights.params"), a.weights());
                JSON.writeValue(tmp.resolve("training_log.json").toFile(), a.trainingLog());
                JSON.writeValue(tmp.resolve("version.json").toFile(), info);
                move(tmp, dir.resolve(String.valueOf(version)));
                Files.deleteIfExists(dir.resolve(ACTIVE)); // the newest version is active again
                return version;
            } catch (IOException e) {
                deleteQuietly(tmp);
                throw storeError("save model " + name, e);
            }
        }
    }

    public static PqlException alreadyExists(String name) {
        return new PqlException(ErrorCode.MODEL_ALREADY_EXISTS, "Model '" + name + "' already exists; use CREATE OR "
                + "REPLACE MODEL to add a version, or DROP MODEL " + name + " first.");
    }

    /** Loads a version (the active one when {@code version} is null); loaded versions are cached. */
    public LoadedModel load(String name, Integer version) {
        String n = normalize(name);
        int v = resolve(name, version);
        Path dir = root.resolve(n).resolve(String.valueOf(v));
        return cache.computeIfAbsent(dir, d -> new LoadedModel(n, v, read(d)));
    }

    /**
     * The version a statement means: the given one (which must exist), or the active one: the
     * version ALTER MODEL ... SET ACTIVE VERSION chose, else the newest.
     */
    public int resolve(String name, Integer version) {
        String n = normalize(name);
        List<Integer> versions = versions(n);
        if (versions.isEmpty()) {
            throw notFound(name);
        }
        int v = version == null ? active(n, versions) : version;
        if (!versions.contains(v)) {
            throw new PqlException(ErrorCode.VERSION_NOT_FOUND, "Model '" + name + "' has no version " + v
                    + "; its versions are " + versions + ".");
        }
        return v;
    }

    /** The active version of a model with these versions. */
    private int active(String n, List<Integer> versions) {
        Path pointer = root.resolve(n).resolve(ACTIVE);
        try {
            if (Files.exists(pointer)) {
                int v = Integer.parseInt(Files.readString(pointer).strip());
                if (versions.contains(v)) {
                    return v;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // an unreadable pointer falls back to the newest version, which is always valid
        }
        return versions.get(versions.size() - 1);
    }

    /** Makes {@code version} the active one; a new version (CREATE OR REPLACE, RETRAIN) becomes active again. */
    public void setActive(String name, int version) {
        String n = normalize(name);
        Path dir = root.resolve(n);
        synchronized (LOCKS.computeIfAbsent(dir.toAbsolutePath(), k -> new Object())) {
            resolve(name, version);
            Path tmp = dir.resolve(".active-" + UUID.randomUUID());
            try {
                Files.writeString(tmp, Integer.toString(version));
                move(tmp, dir.resolve(ACTIVE));
            } catch (IOException e) {
                deleteQuietly(tmp);
                throw storeError("set the active version of " + name, e);
            }
        }
    }

    /** The per-epoch training log of a version. */
    public List<EpochLog> trainingLog(String name, int version) {
        return read(root.resolve(normalize(name)).resolve(String.valueOf(version))).trainingLog();
    }

    /** The folder of a version: what EXPORT copies. */
    public Path versionDir(String name, Integer version) {
        return root.resolve(normalize(name)).resolve(String.valueOf(resolve(name, version)));
    }

    /** Reads a version's files. */
    Artifacts read(Path dir) {
        try {
            ModelConfig config = JSON.readValue(dir.resolve("config.json").toFile(), ModelConfig.class);
            List<FeatureMetadata> features = JSON.readValue(dir.resolve("features.json").toFile(),
                    new TypeReference<List<FeatureMetadata>>() { });
            List<EpochLog> log = JSON.readValue(dir.resolve("training_log.json").toFile(),
                    new TypeReference<List<EpochLog>>() { });
            VersionInfo info = JSON.readValue(dir.resolve("version.json").toFile(), VersionInfo.class);
            byte[] weights = Files.readAllBytes(dir.resolve("weights.params"));
            return new Artifacts(config, features.subList(0, features.size() - 1), features.get(features.size() - 1),
                    weights, log, info);
        } catch (IOException e) {
            throw storeError("read model version " + dir, e);
        }
    }

    /** The stored info of a version, without loading its network. */
    public VersionInfo info(String name, int version) {
        return read(root.resolve(normalize(name)).resolve(String.valueOf(version))).info();
    }

    public ModelConfig config(String name, int version) {
        return read(root.resolve(normalize(name)).resolve(String.valueOf(version))).config();
    }

    /** Drops a model, or one version of it; the folder is renamed away first so readers never see half. */
    public void drop(String name, Integer version) {
        String n = normalize(name);
        Path dir = root.resolve(n);
        synchronized (LOCKS.computeIfAbsent(dir.toAbsolutePath(), k -> new Object())) {
            List<Integer> versions = versions(n);
            if (versions.isEmpty()) {
                throw notFound(name);
            }
            if (version != null && !versions.contains(version)) {
                throw new PqlException(ErrorCode.VERSION_NOT_FOUND, "Model '" + name + "' has no version " + version
                        + "; its versions are " + versions + ".");
            }
            Path target = version == null ? dir : dir.resolve(String.valueOf(version));
            Path trash = root.resolve(".trash-" + UUID.randomUUID());
            try {
                Files.createDirectories(root);
                move(target, trash);
            } catch (IOException e) {
                throw storeError("drop model " + name, e);
            }
            cache.entrySet().removeIf(e -> {
                boolean gone = e.getKey().startsWith(target);
                if (gone) {
                    e.getValue().close();
                }
                return gone;
            });
            deleteQuietly(trash);
        }
    }

    /**
     * Copies a version to {@code target} (which must not exist): a self-contained folder that
     * IMPORT MODEL reads on any PQL. Written beside the target and renamed, so it is never half there.
     */
    public Path export(String name, Integer version, Path target) {
        Path source = versionDir(name, version);
        Path dest = target.toAbsolutePath().normalize();
        if (Files.exists(dest)) {
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot export to '" + target + "': it already exists. "
                    + "Name a new folder.");
        }
        Path tmp = dest.resolveSibling("." + dest.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(tmp);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, tmp.resolve(f.getFileName()));
                }
            }
            move(tmp, dest);
            return dest;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw storeError("export model " + name + " to " + target, e);
        }
    }

    /** A model version brought in by IMPORT MODEL. */
    public record Imported(String name, int version) {
    }

    /** Adds an exported version as a new version of {@code name} (or of the name it was exported under). */
    public Imported importVersion(String name, Path source) {
        if (!Files.isRegularFile(source.resolve("version.json")) || !Files.isRegularFile(source.resolve("weights.params"))) {
            throw new PqlException(ErrorCode.STORE_ERROR, "'" + source + "' is not an exported PQL model: it lacks "
                    + "version.json or weights.params. Use a folder written by EXPORT MODEL.");
        }
        Artifacts a = read(source);
        String target = name != null ? name : a.info().model();
        int version = save(target, a, false);
        return new Imported(normalize(target), version);
    }

    public PqlException notFound(String name) {
        List<String> models = models();
        return new PqlException(ErrorCode.MODEL_NOT_FOUND, "Model '" + name + "' not found; "
                + (models.isEmpty() ? "there are no models yet (CREATE MODEL m PREDICT col FROM table)."
                : "models: " + String.join(", ", models) + "." + Suggestions.didYouMean(name, models)));
    }

    private static VersionInfo withVersion(VersionInfo i, String name, int version) {
        return new VersionInfo(name, version, i.statement(), i.sourceSql(), i.rows(), i.splitRows(), i.dataSha256(),
                i.createdAt(), i.createdBy(), i.trainingSeconds(), i.bestEpoch(), i.notes(), i.metrics(), i.engine());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // leftover trash is harmless: names starting with '.' are never read as versions
        }
    }

    private static PqlException storeError(String what, IOException e) {
        return new PqlException(ErrorCode.STORE_ERROR, "Cannot " + what + ": " + e.getMessage()
                + ". Check that the database folder is writable and has free space.", e);
    }
}
