package dev.pql.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.jdbc.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real crashes: a child JVM on the test class path is killed with kill -9 (destroyForcibly) while
 * it inserts or saves; the database is then reopened and checked.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CrashTest {
    private static final java.util.Map<Process, Path> ERRORS = new java.util.concurrent.ConcurrentHashMap<>();
    @TempDir
    Path dir;

    @Test
    void acknowledgedAutocommitInsertsSurviveKill9() throws Exception {
        Path db = dir.resolve("db");
        Process child = start("insert", db.toString());
        Set<Integer> acked = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acked.size() < 3000 && (line = out.readLine()) != null) {
                acked.add(Integer.valueOf(line.strip()));
            }
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(3000, acked.size(), "the child inserted (stderr: " + stderr(child) + ")");
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM acked")) {
            Set<Integer> stored = new HashSet<>();
            while (rs.next()) {
                stored.add(rs.getInt(1));
            }
            acked.removeAll(stored);
            assertTrue(acked.isEmpty(), acked.size() + " acknowledged rows were lost, e.g. " + acked.stream().limit(5).toList());
        }
    }

    @Test
    void aSaveKilledHalfwayLeavesWholeVersionsAndItsLeftoversGoOnOpen() throws Exception {
        Path db = dir.resolve("db");
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + db)) {
            Fixtures.peopleAndModel(c);
        }
        Path model = db.resolve("models").resolve("buyer");
        Process child = start("save", db.toString(), "buyer");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        // Kill while a version is being written: a .tmp folder with some files already in it.
        while (!halfWritten(model) && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(2);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(leftovers(model) > 0, "the kill hit a save in progress (stderr: " + stderr(child) + ")");

        try (Connection c = DriverManager.getConnection("jdbc:pql:" + db); Statement s = c.createStatement()) {
            assertEquals(0, leftovers(model), "opening the database removed the interrupted save's folder");
            try (ResultSet rs = s.executeQuery("PREDICT buys USING buyer GIVEN age = 40, city = 'Nice'")) {
                assertTrue(rs.next(), "the active version loads");
            }
            for (Path version : versions(model)) {
                Manifest.verify(version); // every version renamed into place is whole
                assertTrue(Files.exists(version.resolve(Manifest.FILE)));
            }
        }
    }

    private static boolean halfWritten(Path model) throws Exception {
        try (Stream<Path> s = Files.list(model)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().startsWith(".tmp-") && Files.exists(p.resolve("weights.params"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long leftovers(Path model) throws Exception {
        try (Stream<Path> s = Files.list(model)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).count();
        }
    }

    private static List<Path> versions(Path model) throws Exception {
        try (Stream<Path> s = Files.list(model)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
        }
    }

    /** A JVM running {@link CrashChild} on this test's class path. */
    private static Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("crash-child", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        ERRORS.put(p, err);
        return p;
    }

    /** The child's error output: why it did not get as far as the test needed. */
    private static String stderr(Process p) throws java.io.IOException {
        String text = Files.readString(ERRORS.get(p));
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
