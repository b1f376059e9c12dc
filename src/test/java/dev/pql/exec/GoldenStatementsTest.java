package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
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
 * Golden statement scripts, H2-style: every {@code .pql} file under {@code src/test/resources/golden-statements/}
 * runs in name order against one database, and each statement's whole answer is compared with the
 * lines that follow it: {@code > ok} (no rows), {@code > error SQLSTATE [@line:column] message} (the
 * position the error carries, for the front ends' caret), {@code > *} (succeeds; its answer, a
 * training's time and metrics, is not golden), or the result as
 * {@code > a | b} lines (the header first; NULL for null; a line break in a value as {@code \n}),
 * then {@code > warning message} lines for its warnings. Only deterministic statements belong here
 * (DESCRIBE, SHOW CONFIG, DIFF, EXPLAIN, errors): trainings use fixed seeds, and no trained weight
 * shows. Run with {@code -Dpql.golden.record=true} to write each script with the answers found to
 * {@code target/golden-statements-recorded/} (review the diff, then copy it over).
 */
class GoldenStatementsTest {
    static final Path SCRIPTS = Path.of("src/test/resources/golden-statements");
    static final boolean RECORD = Boolean.getBoolean("pql.golden.record");
    @TempDir
    static Path dir;
    static Connection conn;

    record Case(String file, int line, String sql, List<String> expected) {
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
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SCRIPTS)) {
            files = s.filter(p -> p.toString().endsWith(".pql")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            List<String> recorded = new ArrayList<>();
            for (Object step : parse(file)) {
                if (step instanceof String comment) {
                    recorded.add(comment);
                    continue;
                }
                Case c = (Case) step;
                tests.add(DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.sql().lines().findFirst().orElse(""), () -> {
                    List<String> actual = answer(c.sql());
                    recorded.add(c.sql() + ";");
                    actual.forEach(a -> recorded.add("> " + a));
                    if (!RECORD && c.expected().equals(List.of("*"))) {
                        // "> *": it must succeed, but its answer is not golden (a training's time and metrics)
                        org.junit.jupiter.api.Assertions.assertFalse(actual.get(0).startsWith("error "), c.file() + ":"
                                + c.line() + " " + actual.get(0));
                    } else if (!RECORD) {
                        assertEquals(String.join("\n", c.expected()), String.join("\n", actual), c.file() + ":" + c.line());
                    }
                }));
            }
            if (RECORD) {
                tests.add(DynamicTest.dynamicTest("record " + file.getFileName(), () -> {
                    Path out = Files.createDirectories(Path.of("target/golden-statements-recorded")).resolve(file.getFileName());
                    Files.write(out, recorded, StandardCharsets.UTF_8);
                }));
            }
        }
        return tests.stream();
    }

    /** What a statement answers, as the script's lines (without their "> "). */
    static List<String> answer(String sql) {
        List<String> lines = new ArrayList<>();
        try (Statement s = conn.createStatement()) {
            if (s.execute(sql)) {
                try (ResultSet rs = s.getResultSet()) {
                    int n = rs.getMetaData().getColumnCount();
                    List<String> header = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        header.add(rs.getMetaData().getColumnLabel(i));
                    }
                    lines.add(String.join(" | ", header));
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            String v = rs.getString(i);
                            row.add(v == null ? "NULL" : v.replace(dir.toString(), "${dir}").replace("\n", "\\n"));
                        }
                        lines.add(String.join(" | ", row));
                    }
                }
            } else {
                lines.add("ok");
            }
            for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                lines.add("warning " + w.getMessage());
            }
        } catch (SQLException e) {
            dev.pql.error.PqlException pql = dev.pql.error.PqlException.in(e);
            String at = pql != null && pql.position() != null ? "@" + pql.position().line() + ":" + pql.position().column()
                    + " " : "";
            lines.add("error " + e.getSQLState() + " " + at + String.valueOf(e.getMessage()).replace(dir.toString(), "${dir}")
                    .replace("\n", "\\n"));
        }
        return lines;
    }

    /**
     * Comments (kept for recording) and statements with their expected lines, in file order. A
     * statement ends with a line ending in ";"; the "> " lines after it are what it should answer.
     */
    static List<Object> parse(Path file) throws IOException {
        List<Object> steps = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        List<String> expected = null;
        int start = 0;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(">")) {
                if (expected != null) {
                    expected.add(line.length() > 2 ? line.substring(2) : "");
                }
                continue;
            }
            expected = null;
            if (sql.length() == 0 && (line.strip().startsWith("--") || line.isBlank())) {
                steps.add(line);
                continue;
            }
            if (sql.length() == 0) {
                start = i;
            }
            sql.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String body = sql.toString().strip();
                expected = new ArrayList<>();
                steps.add(new Case(file.getFileName().toString(), start + 1, body.substring(0, body.length() - 1)
                        .replace("${dir}", dir.toString()), expected));
                sql.setLength(0);
            }
        }
        return steps;
    }
}
