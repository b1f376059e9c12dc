package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden bad-input catalog, H2-script style: every {@code .pql} file under
 * {@code src/test/resources/bad-input/} runs in name order against one database. Each statement
 * (ending with {@code ;} at the end of a line) is followed by its expectation: {@code > ok}, or
 * {@code > SQLSTATE message fragment}. Lines starting with {@code --} are comments; a line
 * {@code !damage <path> truncate|empty|random|text <content>|delete} changes a file, as a disk or a
 * person might; {@code ${dir}} is a scratch folder. Run with {@code -Dpql.catalog.record=true} to
 * write each script with the outcomes found to {@code target/bad-input-recorded/} (then review).
 */
class BadInputCatalogTest {
    static final Path SCRIPTS = Path.of("src/test/resources/bad-input");
    static final boolean RECORD = Boolean.getBoolean("pql.catalog.record");
    @TempDir
    static Path dir;
    static Connection conn;

    /** One statement of a script, what it should give, and where it is. */
    record Case(String file, int line, String sql, String expected) {
        boolean error() {
            return !expected.equals("ok");
        }
    }

    @BeforeAll
    static void open() throws SQLException {
        conn = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"));
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    @TestFactory
    Stream<DynamicTest> catalog() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SCRIPTS)) {
            files = s.filter(p -> p.toString().endsWith(".pql")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        int errorCases = 0;
        for (Path file : files) {
            for (Object step : parse(file)) {
                if (step instanceof Case c) {
                    errorCases += c.error() ? 1 : 0;
                    tests.add(DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.sql(), () -> run(c)));
                } else {
                    String[] damage = (String[]) step;
                    tests.add(DynamicTest.dynamicTest("!damage " + String.join(" ", damage), () -> damage(damage)));
                }
            }
        }
        assertTrue(errorCases >= 80, "the catalog has at least 80 bad-input cases, not " + errorCases);
        if (RECORD) {
            tests.add(DynamicTest.dynamicTest("record", () -> record(files)));
        }
        return tests.stream();
    }

    private static final List<String> OUTCOMES = new ArrayList<>();

    /** Runs a case: it succeeds, or fails with the SQLSTATE and a message containing the fragment. */
    static void run(Case c) throws SQLException {
        String sql = c.sql().replace("${dir}", dir.toString());
        String outcome = "ok";
        try (Statement s = conn.createStatement()) {
            if (s.execute(sql)) {
                try (ResultSet rs = s.getResultSet()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        } catch (SQLException e) {
            outcome = e.getSQLState() + " " + String.valueOf(e.getMessage()).replace(dir.toString(), "${dir}");
        }
        OUTCOMES.add(outcome);
        if (RECORD) {
            return;
        }
        if (!c.error()) {
            assertEquals("ok", outcome, c.file() + ":" + c.line());
            return;
        }
        String state = c.expected().substring(0, 5);
        String fragment = c.expected().substring(5).strip();
        assertEquals(state, outcome.substring(0, Math.min(5, outcome.length())), c.file() + ":" + c.line() + " " + outcome);
        assertTrue(outcome.contains(fragment), c.file() + ":" + c.line() + " expected '" + fragment + "' in: " + outcome);
    }

    /** Statements with expectations, and damage steps, in file order. */
    static List<Object> parse(Path file) throws IOException {
        List<Object> steps = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        int start = 0;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.startsWith("--") || (t.isEmpty() && sql.length() == 0)) {
                continue;
            }
            if (t.startsWith("!damage ")) {
                steps.add(t.substring("!damage ".length()).split(" ", 3));
            } else if (t.startsWith(">")) {
                String body = sql.toString().strip();
                steps.add(new Case(file.getFileName().toString(), start + 1, body.substring(0, body.length() - 1),
                        t.substring(1).strip()));
                sql.setLength(0);
            } else {
                if (sql.length() == 0) {
                    start = i;
                }
                sql.append(line).append('\n');
            }
        }
        return steps;
    }

    static void damage(String[] d) throws IOException {
        Path p = Path.of(d[0].replace("${dir}", dir.toString()));
        switch (d[1]) {
            case "truncate" -> Files.write(p, java.util.Arrays.copyOf(Files.readAllBytes(p), (int) Files.size(p) / 2));
            case "empty" -> Files.write(p, new byte[0]);
            case "random" -> {
                byte[] b = new byte[Math.max(64, (int) Files.size(p))];
                new java.util.Random(14).nextBytes(b);
                Files.write(p, b);
            }
            case "text" -> Files.writeString(p, d.length > 2 ? d[2] : "");
            case "delete" -> Files.delete(p);
            default -> throw new IllegalArgumentException("unknown damage " + d[1]);
        }
    }

    /** Writes each script with the outcomes found, for review. */
    static void record(List<Path> files) throws IOException {
        Path out = Path.of("target/bad-input-recorded");
        Files.createDirectories(out);
        int k = 0;
        for (Path file : files) {
            StringBuilder b = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                b.append(line.strip().startsWith(">") ? "> " + OUTCOMES.get(k++).replace('\n', ' ') : line).append('\n');
            }
            Files.writeString(out.resolve(file.getFileName()), b.toString());
        }
    }
}
