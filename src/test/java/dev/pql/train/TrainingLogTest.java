package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** SHOW TRAINING LOG through JDBC: a learning-rate or epochs change in WITH shows in the version's log. */
class TrainingLogTest {
    @Test
    void withChangesShowInTheLog() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:pql:mem:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x DOUBLE, y VARCHAR)");
            StringBuilder insert = new StringBuilder("INSERT INTO t VALUES ");
            for (int i = 0; i < 60; i++) {
                insert.append(i == 0 ? "" : ", ").append("(").append(i % 7 - 3).append(", '")
                        .append(i % 7 > 3 ? "high" : "low").append("')");
            }
            s.execute(insert.toString());
            s.executeQuery("CREATE MODEL m PREDICT y FROM t WITH (model_type = 'ecd', trainer.epochs = 2, trainer.learning_rate = 0.001)").close();
            s.executeQuery("CREATE OR REPLACE MODEL m PREDICT y FROM t "
                    + "WITH (model_type = 'ecd', trainer.epochs = 3, trainer.learning_rate = 0.05)").close();

            List<Object[]> v1 = log(s, "SHOW TRAINING LOG m VERSION 1");
            List<Object[]> v2 = log(s, "SHOW TRAINING LOG m");
            assertEquals(Set.of(1, 2), column(v1, 2), "two epochs");
            assertEquals(Set.of(1, 2, 3), column(v2, 2), "three epochs in the active version");
            assertEquals(Set.of(0.001), column(v1, 5));
            assertEquals(Set.of(0.05), column(v2, 5));
            assertEquals(Set.of("training", "validation"), column(v2, 6));
            assertTrue(column(v2, 7).containsAll(Set.of("loss", "accuracy")), column(v2, 7).toString());
            assertEquals(Set.of(2), column(v2, 1), "the active version is 2");
            assertEquals(Set.of(1, 2, 3, 4, 5), column(v2, 9), "small tabular data trains five folds' models by default");
        }
    }

    /** Rows of model, version, epoch, steps, elapsed_seconds, learning_rate, split, metric, value, fold. */
    private static List<Object[]> log(Statement s, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            assertEquals(10, rs.getMetaData().getColumnCount());
            assertEquals("learning_rate", rs.getMetaData().getColumnLabel(6).toLowerCase());
            while (rs.next()) {
                rows.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5),
                    rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getDouble(9), rs.getInt(10)});
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static <T> Set<T> column(List<Object[]> rows, int i) {
        Set<Object> out = new TreeSet<>();
        rows.forEach(r -> out.add(r[i]));
        return (Set<T>) (Set<?>) out;
    }
}
