package dev.pql.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a registry removes what interrupted saves, drops and ALTERs left, and nothing else. */
class LeftoversTest {
    @TempDir
    Path root;

    @Test
    void interruptedWritesAreRemovedAndVersionsKept() throws Exception {
        Path model = Files.createDirectories(root.resolve("spam"));
        Files.writeString(Files.createDirectories(model.resolve("1")).resolve("version.json"), "{}");
        Files.writeString(model.resolve("ACTIVE"), "1");
        Files.writeString(Files.createDirectories(model.resolve(".tmp-1234")).resolve("weights.params"), "half");
        Files.writeString(model.resolve(".active-5678"), "2");
        Files.writeString(Files.createDirectories(root.resolve(".trash-9")).resolve("config.json"), "{}");

        List<Path> removed = Leftovers.clean(root, p -> new Object());

        assertEquals(3, removed.size(), removed.toString());
        assertFalse(Files.exists(model.resolve(".tmp-1234")));
        assertFalse(Files.exists(model.resolve(".active-5678")));
        assertFalse(Files.exists(root.resolve(".trash-9")));
        assertTrue(Files.exists(model.resolve("1").resolve("version.json")), "a version is never a leftover");
        assertTrue(Files.exists(model.resolve("ACTIVE")));
    }

    @Test
    void aMissingRegistryIsNothingToClean() {
        assertTrue(Leftovers.clean(root.resolve("none"), p -> new Object()).isEmpty());
    }
}
