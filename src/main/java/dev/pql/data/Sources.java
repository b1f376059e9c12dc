package dev.pql.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sources attached to one database, kept in {@code sources.json} beside the store so that they
 * survive closing and reopening it. The file may hold passwords, so it is written readable and
 * writable by its owner only (mode 600), through a temporary file and an atomic rename: a crash
 * leaves the old list or the new one, never half of one. In-memory databases keep the list in memory.
 */
public final class Sources {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final Path file;
    private final Map<String, Attachment> byName = new LinkedHashMap<>();

    /** The sources of a database; {@code file} null keeps them in memory only. */
    public Sources(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                for (Attachment a : JSON.readValue(file.toFile(), new TypeReference<List<Attachment>>() { })) {
                    byName.put(key(a.name()), a);
                }
            } catch (IOException e) {
                throw new PqlException(ErrorCode.STORE_ERROR, "Cannot read the attached sources from " + file + ": "
                        + e.getMessage() + ". Fix or remove the file; the store and the models are not affected.", e);
            }
        }
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    public synchronized List<Attachment> list() {
        return new ArrayList<>(byName.values());
    }

    public synchronized Optional<Attachment> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Adds a source; the caller has checked the name and reached the source. */
    public synchronized void add(Attachment a) {
        Map<String, Attachment> before = new LinkedHashMap<>(byName);
        byName.put(key(a.name()), a);
        saveOrRestore(before);
    }

    public synchronized boolean remove(String name) {
        Map<String, Attachment> before = new LinkedHashMap<>(byName);
        if (byName.remove(key(name)) == null) {
            return false;
        }
        saveOrRestore(before);
        return true;
    }

    private void saveOrRestore(Map<String, Attachment> before) {
        try {
            save();
        } catch (IOException e) {
            byName.clear();
            byName.putAll(before);
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot save the attached sources to " + file + ": "
                    + e.getMessage() + ". Nothing was changed; check the database folder's space and permissions.", e);
        }
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // not a POSIX file system: the folder's own protection applies
        }
        JSON.writeValue(tmp.toFile(), new ArrayList<>(byName.values()));
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
