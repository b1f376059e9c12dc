package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image input features end to end over JDBC (issue 16): a column of PNG and JPEG paths under a base
 * folder, Ludwig's stacked_cnn trained from scratch on shapes drawn by the test, PREDICT and EVALUATE;
 * bad input (a missing file, a file that is not an image, paths leading out of the base folder)
 * fails with its SQLSTATE.
 */
class ImageFeaturesJdbcTest {
    private static final String CONFIG = "src/test/resources/config/valid/49_image_stacked_cnn.yaml";
    @TempDir
    static Path dir;
    static Path images;
    static Connection conn;

    @BeforeAll
    static void setUp() throws Exception {
        images = dir.resolve("images");
        List<ShapeImages.Shape> shapes = ShapeImages.write(images, "shapes", 40, 16);
        Files.writeString(images.resolve("not_an_image.png"), "this is text, not a PNG");
        Files.writeString(dir.resolve("outside.png"), "outside the base folder");
        conn = DriverManager.getConnection("jdbc:pql:mem:");
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE shapes (id INT PRIMARY KEY, image_path VARCHAR, label VARCHAR)");
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO shapes VALUES (?, ?, ?)")) {
            for (int i = 0; i < shapes.size(); i++) {
                p.setInt(1, i);
                p.setString(2, shapes.get(i).path());
                p.setString(3, shapes.get(i).label());
                p.executeUpdate();
            }
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL shapes_cnn FROM shapes WITH (trainer.folds = 1, image_path.preprocessing.base_folder = '"
                    + images + "') CONFIG FILE '" + CONFIG + "'");
        }
    }

    @AfterAll
    static void tearDown() throws SQLException {
        conn.close();
    }

    private static double accuracy(String model) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("EVALUATE " + model
                + " GIVEN SELECT * FROM shapes WHERE id >= 90")) {
            while (rs.next()) {
                if (rs.getString("metric").equals("accuracy")) {
                    return rs.getDouble("value");
                }
            }
        }
        throw new AssertionError("no accuracy");
    }

    @Test
    void stackedCnnLearnsTheShapes() throws SQLException {
        double accuracy = accuracy("shapes_cnn");
        assertTrue(accuracy > 0.75, "circles, squares and crosses are easy to tell apart: accuracy " + accuracy);
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("PREDICT label WITH CONFIDENCE "
                + "USING shapes_cnn GIVEN SELECT id, image_path FROM shapes")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertTrue(ShapeImages.LABELS.contains(rs.getString("label")));
                assertTrue(rs.getDouble("label_probability") > 0.3);
            }
            assertEquals(120, rows);
        }
    }

    @Test
    void sizeChannelsAndBaseFolderAreStoredWithTheModel() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SHOW CONFIG shapes_cnn")) {
            StringBuilder all = new StringBuilder();
            while (rs.next()) {
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    all.append(rs.getString(c)).append(' ');
                }
            }
            assertTrue(all.toString().contains(images.toAbsolutePath().toString()), all.toString());
        }
    }

    @Test
    void oneLiteralImagePredicts() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "PREDICT label USING shapes_cnn GIVEN image_path = 'shapes/circle_0.png'")) {
            assertTrue(rs.next());
            assertTrue(ShapeImages.LABELS.contains(rs.getString("label")));
        }
    }

    @Test
    void readingFromDiskPerBatchTrainsToo() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE MODEL shapes_lazy FROM shapes WITH (trainer.folds = 1, trainer.epochs = 2, "
                    + "image_path.preprocessing.in_memory = false, image_path.preprocessing.base_folder = '" + images
                    + "') CONFIG FILE '" + CONFIG + "'");
        }
        assertTrue(accuracy("shapes_lazy") >= 0);
    }

    @Test
    void badImagesFailWithTheirSqlState() {
        assertEquals("22000", predictState("shapes/no_such_file.png"));
        assertEquals("22000", predictState("not_an_image.png"));
        assertEquals("42501", predictState("../outside.png"));
        assertEquals("42501", predictState(dir.resolve("outside.png").toString()));
        SQLException e = assertThrows(SQLException.class, () -> predict("shapes/no_such_file.png"));
        assertTrue(e.getMessage().contains("shapes/no_such_file.png") && e.getMessage().contains("image_path"),
                e.getMessage());
    }

    private static void predict(String path) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "PREDICT label USING shapes_cnn GIVEN image_path = '" + path + "'")) {
            rs.next();
        }
    }

    private static String predictState(String path) {
        return assertThrows(SQLException.class, () -> predict(path), path).getSQLState();
    }
}
