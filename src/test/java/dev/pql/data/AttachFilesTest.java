package dev.pql.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ATTACH FILES: each CSV and JSON file of a folder is a typed table. */
class AttachFilesTest {

    @Test
    void csvAndJsonFilesAreTypedTables(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        StringBuilder csv = new StringBuilder("id,name,score,member,joined\n");
        for (int i = 0; i < 150; i++) {
            csv.append(i).append(",name").append(i).append(',').append(i % 10 + 0.5).append(',')
                    .append(i % 2 == 0).append(",2024-01-").append(String.format("%02d", i % 28 + 1)).append('\n');
        }
        Files.writeString(folder.resolve("people.csv"), csv);
        Files.writeString(folder.resolve("events.json"), "[{\"id\": 1, \"kind\": \"click\", \"n\": 3},"
                + " {\"id\": 2, \"kind\": \"view\", \"n\": 5}, {\"id\": 3, \"kind\": \"click\"}]");
        Files.writeString(folder.resolve("notes.txt"), "not a table");
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute("ATTACH FILES '" + folder + "' AS files");
            assertEquals(List.of("FILES|files|events, people"),
                    AttachPostgresTest.strings(s, "SELECT name, kind, tables FROM pql.sources"));
            try (ResultSet rs = s.executeQuery("SELECT id, score, member, joined FROM files.people WHERE score > 8")) {
                assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(1));
                assertEquals(Types.DOUBLE, rs.getMetaData().getColumnType(2));
                assertEquals(Types.BOOLEAN, rs.getMetaData().getColumnType(3));
                assertEquals(Types.DATE, rs.getMetaData().getColumnType(4));
                int n = 0;
                while (rs.next()) {
                    n++;
                    assertTrue(rs.getDouble(2) > 8);
                }
                assertEquals(30, n);
            }
            assertEquals(List.of("click|2", "view|1"), AttachPostgresTest.strings(s,
                    "SELECT kind, COUNT(*) FROM files.events GROUP BY kind ORDER BY kind"));
            assertEquals(List.of("8"), AttachPostgresTest.strings(s, "SELECT SUM(n) FROM FILES.Events"));
            s.execute("CREATE MODEL member PREDICT member GIVEN score, joined FROM files.people "
                    + "WITH (trainer.epochs = 1, trainer.folds = 1)");
            assertEquals(150, s.executeUpdate("CREATE TABLE people AS SELECT * FROM files.people"));
            assertEquals(List.of("150"), AttachPostgresTest.strings(s, "SELECT COUNT(*) FROM people WHERE NAME LIKE 'name%'"));
        }
    }

    @Test
    void aValueThatDoesNotFitItsColumnIsAClearError(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < FileSource.SAMPLE_ROWS + 5; i++) {
            csv.append(i).append('\n');
        }
        csv.append("n/a\n");
        Files.writeString(folder.resolve("nums.csv"), csv);
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute("ATTACH FILES '" + folder + "' AS files");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> AttachPostgresTest.strings(s, "SELECT SUM(n) FROM files.nums"));
            assertEquals("22000", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("nums.csv") && e.getMessage().contains("line"), e.getMessage());
        }
    }
}
