package dev.pql.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark data sets and BASELINES.md's split: data rows numbered from 1 in file order,
 * a number divisible by 5 is test. Each CSV becomes {@code <name>_train} and {@code <name>_test}
 * (every column but the row number and the dropped ones), loaded the way a user would, by CSVREAD.
 */
final class Datasets {
    /** A data set: its target, the columns BASELINES.md drops, the seeds to average, the metric. */
    record Spec(String name, String target, List<String> drop, int seeds, String metric) {
        String train() {
            return name + "_train";
        }

        String test() {
            return name + "_test";
        }
    }

    static final List<Spec> ALL = List.of(
            new Spec("spam_assassin", "class", List.of("id"), 1, "accuracy"),
            new Spec("breast_cancer", "diagnosis", List.of(), 1, "accuracy"),
            new Spec("wine", "cultivar", List.of(), 5, "accuracy"),
            new Spec("iris", "species", List.of(), 5, "accuracy"),
            new Spec("diabetes", "progression", List.of(), 1, "r2"),
            new Spec("seattle_weather", "weather", List.of("date"), 1, "accuracy"));

    private Datasets() {
    }

    static Spec spec(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No data set spec for " + name));
    }

    /** Loads one CSV into {@code <name>_all} (with RN), {@code <name>_train} and {@code <name>_test}. */
    static void load(Connection c, Path csv, Spec spec) throws SQLException {
        if (!Files.isRegularFile(csv)) {
            throw new SQLException("Data set file " + csv.toAbsolutePath() + " not found; pass --data DIR.");
        }
        String path = csv.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = c.createStatement()) {
            for (String t : List.of(spec.name() + "_all", spec.train(), spec.test())) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
            s.execute("CREATE TABLE " + spec.name() + "_all AS SELECT ROWNUM() AS rn, * FROM CSVREAD('" + path + "')");
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + spec.name() + "_all LIMIT 0")) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnLabel(i);
                    if (!col.equalsIgnoreCase("rn") && spec.drop().stream().noneMatch(col::equalsIgnoreCase)) {
                        columns.add("\"" + col + "\"");
                    }
                }
            }
            String list = String.join(", ", columns);
            s.execute("CREATE TABLE " + spec.train() + " AS SELECT " + list + " FROM " + spec.name()
                    + "_all WHERE MOD(rn, 5) <> 0 ORDER BY rn");
            s.execute("CREATE TABLE " + spec.test() + " AS SELECT " + list + " FROM " + spec.name()
                    + "_all WHERE MOD(rn, 5) = 0 ORDER BY rn");
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A SQL string literal. */
    static String quote(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
