package dev.pql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.exec.Role;
import dev.pql.features.ShapeImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image features over the network read only under the server's files/ folder: a base folder
 * elsewhere, or an image path that leads out of it, is refused with 42501 before any file is read,
 * while images under files/ train and predict.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RemoteImageFoldersTest {
    static final String PASSWORD = "pw-for-tests";
    @TempDir
    static Path dir;
    static Path outside;
    static PqlServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Path data = dir.resolve("db");
        outside = Files.createDirectories(dir.resolve("outside"));
        ShapeImages.write(outside, "shapes", 2, 5);
        List<ShapeImages.Shape> shapes = ShapeImages.write(data.resolve("files"), "shapes", 6, 5);
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "analyst: " + Pbkdf2Credential.hash(PASSWORD) + ",analyst\n");
        server = PqlServer.start(new PqlServer.Options(data, "127.0.0.1", 0, Map.of(), users, null, null, 64 * 1024,
                Map.of(Role.READER, 30)));
        url = "jdbc:pql:remote:" + server.httpUrl();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pics (id INT, image_path VARCHAR, label VARCHAR)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO pics VALUES (?, ?, ?)")) {
                for (int i = 0; i < shapes.size(); i++) {
                    p.setInt(1, i);
                    p.setString(2, shapes.get(i).path());
                    p.setString(3, shapes.get(i).label());
                    p.executeUpdate();
                }
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "analyst");
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection(url, p);
    }

    private static String create(String model, String with) throws SQLException {
        return "CREATE OR REPLACE MODEL " + model + " PREDICT label GIVEN image_path IMAGE FROM pics WITH (trainer.folds = 1, "
                + "trainer.epochs = 1" + with + ")";
    }

    @Test
    void baseFoldersOutsideFilesAreRefused() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String folder : List.of(outside.toString(), "../outside", "/etc")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(create("out",
                        ", image_path.preprocessing.base_folder = '" + folder + "'")), folder);
                assertEquals("42501", e.getSQLState(), folder + ": " + e.getMessage());
            }
        }
    }

    @Test
    void imagesUnderFilesTrainAndPathsLeadingOutAreRefused() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(create("pics", ""));
            try (ResultSet rs = s.executeQuery("PREDICT label USING pics GIVEN image_path = 'shapes/circle_0.png'")) {
                assertTrue(rs.next());
            }
            for (String path : List.of("../../outside/shapes/circle_0.png", outside.resolve("shapes/circle_0.png").toString())) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(
                        "PREDICT label USING pics GIVEN image_path = '" + path + "'").next(), path);
                assertEquals("42501", e.getSQLState(), path + ": " + e.getMessage());
            }
        }
    }
}
