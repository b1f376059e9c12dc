package dev.pql.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Removes what an interrupted save, drop or ALTER left in the model folder: {@code .tmp-*}
 * version folders and {@code .active-*} pointer files inside a model's folder, and
 * {@code .trash-*} of drops at the top. They are never read as versions, but would pile up.
 * Run when a database opens (the store's file lock keeps other processes out of the same
 * database), and logged. A model's folder is cleaned under the model's save lock, so a save in
 * flight in this process (another store object on the same folder) is never touched.
 */
final class Leftovers {
    private static final System.Logger LOG = System.getLogger(Leftovers.class.getName());

    private Leftovers() {
    }

    /** Removes the leftovers under {@code root}; returns what was removed. */
    static List<Path> clean(Path root, Function<Path, Object> lockOf) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        try (Stream<Path> top = Files.list(root)) {
            for (Path p : (Iterable<Path>) top::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".trash-")) {
                    remove(p, removed);
                } else if (Files.isDirectory(p) && !name.startsWith(".")) {
                    synchronized (lockOf.apply(p)) {
                        cleanModel(p, removed);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not look for leftovers of interrupted saves in " + root
                    + ": " + e.getMessage());
        }
        return removed;
    }

    private static void cleanModel(Path model, List<Path> removed) throws IOException {
        try (Stream<Path> entries = Files.list(model)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".tmp-") || name.startsWith(".active-")) {
                    remove(p, removed);
                }
            }
        }
    }

    private static void remove(Path p, List<Path> removed) {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
            removed.add(p);
            LOG.log(System.Logger.Level.INFO, "Removed " + p + ", left by a model save that was interrupted (a crash "
                    + "or kill); no version was lost, as only whole versions are ever renamed into place.");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove " + p + ", left by an interrupted save: "
                    + e.getMessage() + "; it is ignored (never read as a version) and can be deleted by hand.");
        }
    }
}
