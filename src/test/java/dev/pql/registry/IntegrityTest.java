package dev.pql.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.jdbc.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every version folder carries a manifest (format, SHA-256 per file); IMPORT and load refuse a
 * damaged file by name and leave nothing behind; versions without a manifest still load.
 */
class IntegrityTest {
    @TempDir
    static Path dir;
    static Connection conn;
    static Path models;

    @BeforeAll
    static void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
        Fixtures.peopleAndModel(conn);
        models = dir.resolve("db").resolve("models");
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    /**
     * Catalog reads never load weights (issue 17): with a version's weights gone, SHOW MODELS,
     * DESCRIBE MODEL, SHOW CONFIG, SHOW TRAINING LOG, SHOW TRIALS and the pql views still answer;
     * PREDICT, which needs them, names the missing file.
     */
    @Test
    void catalogReadsNeverTouchTheWeights(@TempDir Path own) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + own.resolve("db")); Statement s = c.createStatement()) {
            Fixtures.peopleAndModel(c);
            Files.delete(own.resolve("db").resolve("models").resolve("buyer").resolve("1").resolve("weights.params"));
            for (String read : List.of("SHOW MODELS", "DESCRIBE MODEL buyer", "SHOW CONFIG buyer", "SHOW TRAINING LOG buyer",
                    "SHOW TRIALS buyer", "SELECT * FROM pql.models", "SELECT * FROM pql.model_versions",
                    "SELECT * FROM pql.features", "SELECT * FROM pql.metrics",
                    "SELECT * FROM pql.training_log", "SELECT * FROM pql.trials")) {
                try (ResultSet rs = s.executeQuery(read)) {
                    assertTrue(rs.next(), read + " answers without the weights");
                }
            }
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("PREDICT buys USING buyer GIVEN SELECT * "
                    + "FROM people").close());
            assertTrue(e.getMessage().contains("weights.params"), e.getMessage());
        }
    }

    @Test
    void aSavedVersionHasAManifestOfEveryFile() throws Exception {
        Path version = models.resolve("buyer").resolve("1");
        Manifest m = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                version.resolve(Manifest.FILE).toFile(), Manifest.class);
        assertEquals(Manifest.FORMAT, m.format());
        // trials.json: buyer is a model_type auto version (issue 15)
        assertEquals(List.of("calibration.json", "config.json", "features.json", "training_log.json",
                "training_profile.json", "trials.json", "version.json", "weights.params"), List.copyOf(m.sha256().keySet()));
        assertEquals(Manifest.sha256(Files.readAllBytes(version.resolve("calibration.json"))), m.sha256().get("calibration.json"));
        assertEquals(Manifest.sha256(Files.readAllBytes(version.resolve("weights.params"))), m.sha256().get("weights.params"));
    }

    @Test
    void importRefusesTruncatedEmptyOrRandomWeightsByName() throws Exception {
        List<Consumer<Path>> damages = List.of(
                w -> rewrite(w, java.util.Arrays.copyOf(read(w), read(w).length / 2)),
                w -> rewrite(w, new byte[0]),
                w -> rewrite(w, random(read(w).length)));
        int n = 0;
        for (Consumer<Path> damage : damages) {
            Path export = dir.resolve("export-" + n++);
            execute("EXPORT MODEL buyer TO '" + export + "'");
            damage.accept(export.resolve("weights.params"));
            SQLException e = assertThrows(SQLException.class, () -> execute("IMPORT MODEL copy FROM '" + export + "'"));
            assertEquals("58030", e.getSQLState());
            assertTrue(e.getMessage().startsWith("File 'weights.params' of the model version in '" + export
                    + "' is damaged: its SHA-256 differs"), e.getMessage());
            assertFalse(Files.exists(models.resolve("copy")) && hasEntries(models.resolve("copy")),
                    "nothing half-imported remains");
        }
    }

    @Test
    void importOfAFolderWithoutManifestStillChecksTheWeightsLoad() throws Exception {
        Path export = dir.resolve("legacy-random");
        execute("EXPORT MODEL buyer TO '" + export + "'");
        Files.delete(export.resolve(Manifest.FILE));
        rewrite(export.resolve("weights.params"), random(2000));
        SQLException e = assertThrows(SQLException.class, () -> execute("IMPORT MODEL legacy FROM '" + export + "'"));
        assertEquals("58030", e.getSQLState());
        assertTrue(e.getMessage().startsWith("File 'weights.params' of the model version in '" + export
                + "' is damaged: it does not hold this model's weights"), e.getMessage());
        assertFalse(Files.exists(models.resolve("legacy")) && hasEntries(models.resolve("legacy")));
    }

    @Test
    void aVersionWithoutManifestLoadsAsBefore() throws Exception {
        Path export = dir.resolve("legacy-good");
        execute("EXPORT MODEL buyer TO '" + export + "'");
        Files.delete(export.resolve(Manifest.FILE));
        execute("IMPORT MODEL old_buyer FROM '" + export + "'");
        Path version = models.resolve("old_buyer").resolve("1");
        Files.delete(version.resolve(Manifest.FILE)); // as a version saved before manifests existed
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("PREDICT buys USING old_buyer GIVEN age = 40, city = 'Nice'")) {
            assertTrue(rs.next());
        }
    }

    @Test
    void loadRefusesAChangedFileByName() throws Exception {
        execute("IMPORT MODEL tampered FROM '" + exportOf("for-tamper") + "'");
        Path log = models.resolve("tampered").resolve("1").resolve("training_log.json");
        rewrite(log, "[]".getBytes());
        SQLException e = assertThrows(SQLException.class,
                () -> execute("PREDICT buys USING tampered GIVEN age = 40, city = 'Nice'"));
        assertEquals("58030", e.getSQLState());
        assertTrue(e.getMessage().contains("File 'training_log.json' of the model version in '"), e.getMessage());
    }

    @Test
    void aChangedCalibrationIsRefusedByNameNotApplied() throws Exception {
        execute("IMPORT MODEL recalibrated FROM '" + exportOf("for-recalibrate") + "'");
        Path calibration = models.resolve("recalibrated").resolve("1").resolve("calibration.json");
        rewrite(calibration, Files.readString(calibration).replaceFirst("\"temperature\" : [0-9.E-]+",
                "\"temperature\" : 50.0").getBytes());
        SQLException e = assertThrows(SQLException.class,
                () -> execute("PREDICT buys USING recalibrated GIVEN age = 40, city = 'Nice'"));
        assertEquals("58030", e.getSQLState());
        assertTrue(e.getMessage().contains("File 'calibration.json' of the model version in '"), e.getMessage());
    }

    @Test
    void aNewerFormatIsRefusedWithWhatToDo() throws Exception {
        Path export = exportOf("future");
        Path manifest = export.resolve(Manifest.FILE);
        rewrite(manifest, Files.readString(manifest).replace("\"format\" : 1", "\"format\" : 99").getBytes());
        SQLException e = assertThrows(SQLException.class, () -> execute("IMPORT MODEL future FROM '" + export + "'"));
        assertEquals("58030", e.getSQLState());
        assertTrue(e.getMessage().contains("has format 99, which this PQL (format 1) cannot read. Upgrade PQL"),
                e.getMessage());
    }

    private static Path exportOf(String name) throws SQLException {
        Path export = dir.resolve(name);
        execute("EXPORT MODEL buyer TO '" + export + "'");
        return export;
    }

    private static void execute(String sql) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean hasEntries(Path p) {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isPresent();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rewrite(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
