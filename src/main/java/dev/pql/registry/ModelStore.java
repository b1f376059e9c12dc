package dev.pql.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.config.ConfigMapper;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.features.FeatureMetadata;
import dev.pql.drift.TrainingProfile;
import dev.pql.train.Calibration;
import dev.pql.train.Trial;
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
 * weights.params, training_log.json and version.json, and (since issue 20) calibration.json and
 * training_profile.json when the version has them. A version is written to a temporary folder
 * and renamed into place, so readers never see half a version and a failure leaves none behind.
 * The newest version is the active one.
 */
public final class ModelStore {
    private static final ObjectMapper JSON = ConfigMapper.json();
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();
    /** The file naming the active version, when it is not the newest. */
    private static final String ACTIVE = "ACTIVE";
    /** A version's temperature scaling; absent for uncalibrated outputs and versions saved before calibration. */
    static final String CALIBRATION = "calibration.json";
    /** A version's training distribution of each input (drift's baseline); absent in versions saved before it. */
    static final String PROFILE = "training_profile.json";
    /** The candidates a model_type auto version tried (pql.trials); absent for other versions. */
    static final String TRIALS = "trials.json";
    /**
     * The longest model name: it is a folder name, and file systems allow 255 bytes; 128 leaves
     * room for the {@code .tmp-<uuid>} of a save and matches common SQL identifier limits.
     */
    public static final int MAX_NAME_LENGTH = 128;
    private final Path root;
    private final Map<Path, LoadedModel> cache = new ConcurrentHashMap<>();

    /** The registry under {@code root}; what interrupted saves left there is removed (see {@link Leftovers}). */
    public ModelStore(Path root) {
        this(root, true);
    }

    private ModelStore(Path root, boolean owner) {
        this.root = root;
        if (owner) {
            Leftovers.clean(root, ModelStore::lock);
        }
    }

    /**
     * The registry under {@code root} for reading only, from another process (a Spark executor):
     * it leaves what is there alone, since a save of the process that owns the folder may be under way.
     */
    public static ModelStore reader(Path root) {
        return new ModelStore(root, false);
    }

    /** The JVM-wide lock of one model's folder: saves, drops and ALTERs of a model take turns. */
    private static Object lock(Path modelDir) {
        return LOCKS.computeIfAbsent(modelDir.toAbsolutePath(), k -> new Object());
    }

    /** Model names are case-insensitive, as SQL names are; they must be plain identifiers. */
    public static String normalize(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Model name '" + name
                    + "' is not allowed; use letters, digits and underscores, starting with a letter.");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The name of a model about to be created, checked before any training: also no longer than
     * {@link #MAX_NAME_LENGTH}. (Only new names are held to it, so a longer name an older PQL
     * accepted can still be used and dropped.)
     */
    public static String newName(String name) {
        String n = normalize(name);
        if (name.length() > MAX_NAME_LENGTH) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Model name '" + name.substring(0, 20) + "...' is "
                    + name.length() + " characters long; the limit is " + MAX_NAME_LENGTH + " (it names a folder). "
                    + "Choose a shorter name.");
        }
        return n;
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
        synchronized (lock(dir)) {
            List<Integer> existing = versions(n);
            if (mustBeNew && !existing.isEmpty()) {
                throw alreadyExists(name);
            }
            if (existing.isEmpty()) {
                newName(name);
            }
            int version = existing.isEmpty() ? 1 : existing.get(existing.size() - 1) + 1;
            Path tmp = dir.resolve(".tmp-" + UUID.randomUUID());
            try {
                Files.createDirectories(tmp);
                writeVersion(tmp, a, withVersion(a.info(), n, version));
                move(tmp, dir.resolve(String.valueOf(version)));
                Files.deleteIfExists(dir.resolve(ACTIVE)); // the newest version is active again
                DurableFiles.syncFolder(dir); // the rename itself is on the disk before the version is acknowledged
                return version;
            } catch (IOException e) {
                deleteQuietly(tmp);
                throw storeError("save model " + name, e);
            }
        }
    }

    /**
     * Writes a version's files into {@code tmp}, each forced to the disk, then the manifest of
     * their SHA-256s, then forces the folder: after this only the rename remains.
     */
    private static void writeVersion(Path tmp, Artifacts a, VersionInfo info) throws IOException {
        List<FeatureMetadata> features = new ArrayList<>(a.inputs());
        features.addAll(a.outputs()); // after the inputs: a version of one output reads as before
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("config.json", JSON.writeValueAsBytes(a.config()));
        files.put("features.json", JSON.writeValueAsBytes(features));
        files.put("weights.params", a.weights());
        files.put("training_log.json", JSON.writeValueAsBytes(a.trainingLog()));
        files.put("version.json", JSON.writeValueAsBytes(info));
        if (a.calibration() != null) {
            files.put(CALIBRATION, JSON.writeValueAsBytes(a.calibration()));
        }
        if (a.profile() != null) {
            files.put(PROFILE, JSON.writeValueAsBytes(a.profile()));
        }
        if (a.trials() != null) {
            files.put(TRIALS, JSON.writeValueAsBytes(a.trials()));
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            DurableFiles.write(tmp.resolve(f.getKey()), f.getValue());
        }
        DurableFiles.write(tmp.resolve(Manifest.FILE), Manifest.of(files).toJson());
        DurableFiles.syncFolder(tmp);
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
        return cache.computeIfAbsent(dir, d -> {
            Manifest.verify(d);
            return new LoadedModel(n, v, read(d));
        });
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
        synchronized (lock(dir)) {
            resolve(name, version);
            Path tmp = dir.resolve(".active-" + UUID.randomUUID());
            try {
                DurableFiles.write(tmp, Integer.toString(version).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                move(tmp, dir.resolve(ACTIVE));
                DurableFiles.syncFolder(dir);
            } catch (IOException e) {
                deleteQuietly(tmp);
                throw storeError("set the active version of " + name, e);
            }
        }
    }

    /** Appends SHOW DRIFT results to the model's drift history (under the model's lock: appends take turns). */
    public void recordDrift(String name, List<DriftHistory.Entry> entries) {
        Path dir = root.resolve(normalize(name));
        synchronized (lock(dir)) {
            if (!Files.isDirectory(dir)) {
                throw notFound(name);
            }
            try {
                DriftHistory.append(dir, entries);
            } catch (IOException e) {
                throw storeError("record the drift of " + name, e);
            }
        }
    }

    /** Every model's drift history, by model name, oldest run first: {@code pql.drift}. */
    public List<DriftHistory.Entry> driftHistory() {
        List<DriftHistory.Entry> out = new ArrayList<>();
        for (String m : models()) {
            out.addAll(DriftHistory.read(root.resolve(m)));
        }
        return out;
    }

    /** The per-epoch training log of a version. */
    public List<EpochLog> trainingLog(String name, int version) {
        List<EpochLog> log = readJson(versionFolder(name, version), "training_log.json",
                new TypeReference<List<EpochLog>>() { });
        return log == null ? List.of() : log;
    }

    /** The folder of a version: what EXPORT copies. */
    public Path versionDir(String name, Integer version) {
        return root.resolve(normalize(name)).resolve(String.valueOf(resolve(name, version)));
    }

    /** Reads a version's files; one that is missing or unreadable is named in the error. */
    Artifacts read(Path dir) {
        ModelConfig config = readJson(dir, "config.json", new TypeReference<ModelConfig>() { });
        List<FeatureMetadata> features = readJson(dir, "features.json", new TypeReference<List<FeatureMetadata>>() { });
        List<EpochLog> log = readJson(dir, "training_log.json", new TypeReference<List<EpochLog>>() { });
        VersionInfo info = readJson(dir, "version.json", new TypeReference<VersionInfo>() { });
        if (features == null || features.isEmpty() || config == null || info == null) {
            throw Manifest.corrupt(dir, features == null || features.isEmpty() ? "features.json"
                    : config == null ? "config.json" : "version.json", "it is empty");
        }
        byte[] weights;
        try {
            weights = Files.readAllBytes(dir.resolve("weights.params"));
        } catch (IOException e) {
            throw Manifest.corrupt(dir, "weights.params", "it cannot be read (" + e + ")");
        }
        Calibration calibration = Files.exists(dir.resolve(CALIBRATION))
                ? readJson(dir, CALIBRATION, new TypeReference<Calibration>() { }) : null;
        TrainingProfile profile = Files.exists(dir.resolve(PROFILE))
                ? readJson(dir, PROFILE, new TypeReference<TrainingProfile>() { }) : null;
        int inputs = inputCount(config, features);
        return new Artifacts(config, features.subList(0, inputs), features.subList(inputs, features.size()),
                weights, log == null ? List.of() : log, info, calibration, profile, Files.exists(dir.resolve(TRIALS))
                ? readJson(dir, TRIALS, new TypeReference<List<Trial>>() { }) : null);
    }

    /**
     * A version's folder. The catalog reads (info, config, training log) read just the one file
     * they need: the weights and the training profile are megabytes that SHOW MODELS never uses.
     */
    private Path versionFolder(String name, int version) {
        return root.resolve(normalize(name)).resolve(String.valueOf(version));
    }

    private static <T> T present(Path dir, String file, T value) {
        if (value == null) {
            throw Manifest.corrupt(dir, file, "it is empty");
        }
        return value;
    }

    private static <T> T readJson(Path dir, String file, TypeReference<T> type) {
        if (!Files.isRegularFile(dir.resolve(file))) {
            throw Manifest.corrupt(dir, file, "it is missing");
        }
        try {
            return JSON.readValue(dir.resolve(file).toFile(), type);
        } catch (IOException e) {
            throw Manifest.corrupt(dir, file, "it is not valid JSON for PQL (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
    }

    /** The stored info of a version, without loading its network. */
    public VersionInfo info(String name, int version) {
        return present(versionFolder(name, version), "version.json",
                readJson(versionFolder(name, version), "version.json", new TypeReference<VersionInfo>() { }));
    }

    /** The candidates a version tried (model_type auto), without loading it; empty for other versions. */
    public List<Trial> trials(String name, int version) {
        Path dir = versionFolder(name, version);
        return Files.exists(dir.resolve(TRIALS)) ? readJson(dir, TRIALS, new TypeReference<List<Trial>>() { }) : List.of();
    }

    /** A version's config and fitted feature metadata (inputs, then outputs), as DESCRIBE MODEL shows them. */
    public record Features(String name, int version, ModelConfig config, List<FeatureMetadata> inputs,
                           List<FeatureMetadata> outputs) {
    }

    /**
     * What a version's features learned (vocabularies, statistics) with its config, from two small
     * files: no weights are read, no network is built (DESCRIBE MODEL on a large model stays instant).
     */
    public Features features(String name, Integer version) {
        int v = resolve(name, version);
        Path dir = versionFolder(name, v);
        ModelConfig config = config(name, v);
        List<FeatureMetadata> all = present(dir, "features.json",
                readJson(dir, "features.json", new TypeReference<List<FeatureMetadata>>() { }));
        int inputs = inputCount(config, all);
        return new Features(normalize(name), v, config, all.subList(0, inputs), all.subList(inputs, all.size()));
    }

    /** features.json lists the inputs, then the outputs; the config says how many inputs there are. */
    private static int inputCount(ModelConfig config, List<FeatureMetadata> features) {
        return Math.min(config.inputFeatures().size(), features.size() - 1);
    }

    public ModelConfig config(String name, int version) {
        return present(versionFolder(name, version), "config.json",
                readJson(versionFolder(name, version), "config.json", new TypeReference<ModelConfig>() { }));
    }

    /** Drops a model, or one version of it; the folder is renamed away first so readers never see half. */
    public void drop(String name, Integer version) {
        String n = normalize(name);
        Path dir = root.resolve(n);
        synchronized (lock(dir)) {
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
                    DurableFiles.copy(f, tmp.resolve(f.getFileName()));
                }
            }
            DurableFiles.syncFolder(tmp);
            move(tmp, dest);
            DurableFiles.syncFolder(dest.getParent());
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
        Manifest.verify(source);
        Artifacts a = read(source);
        String target = name != null ? name : a.info().model();
        normalize(target);
        requireLoadable(source, a);
        int version = save(target, a, false);
        return new Imported(normalize(target), version);
    }

    /**
     * Builds the model from imported files once, so that weights which do not fit the config (a
     * folder without a manifest, written before manifests existed, is not otherwise checked) are
     * refused at IMPORT instead of at the first PREDICT.
     */
    private static void requireLoadable(Path source, Artifacts a) {
        try (LoadedModel trial = new LoadedModel(a.info().model(), a.info().version(), a)) {
            trial.name(); // loaded: the weights fit the config
        } catch (PqlException e) {
            throw Manifest.corrupt(source, "weights.params", "it does not hold this model's weights (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw Manifest.corrupt(source, "weights.params", "it does not hold this model's weights (" + e + ")");
        }
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
