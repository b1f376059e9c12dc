package dev.pql.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training metrics on a large training split read a spread sample of its rows (every k-th), not a
 * score per row; the held-out metrics still read every row.
 */
class TrainingMetricSampleTest {
    @TempDir
    Path dir;

    @Test
    void aSpreadSampleTakesEveryKthRowOverTheWholeList() {
        int[] rows = new int[250];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 1000 + i;
        }
        assertEquals(3, Evaluation.stride(250, 100));
        int[] kept = Evaluation.spread(rows, 100);
        assertEquals(84, kept.length);
        assertEquals(1000, kept[0]);
        assertEquals(1003, kept[1]);
        assertEquals(1249, kept[83]);
        assertSame(rows, Evaluation.spread(rows, 250), "a list within the cap is kept whole");
        assertArrayEquals(new int[0], Evaluation.spread(new int[0], 100));
    }

    @Test
    void aTrainingSplitPastTheCapIsMeasuredOnASampleEachEpoch() throws Exception {
        int n = 125_000; // 90% train: 112,500 rows, past the cap of 100,000: every second row's score is kept
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t AS SELECT X AS id, MOD(X * 7919, 1000) / 10.0 AS x, CASE WHEN MOD(X * 7919, 1000) < 500 "
                    + "THEN 'lo' ELSE 'hi' END AS y FROM SYSTEM_RANGE(1, " + n + ")");
            try (ResultSet rs = s.executeQuery("CREATE MODEL m PREDICT y GIVEN x FROM t WITH (model_type = 'ecd', "
                    + "trainer.epochs = 2, trainer.batch_size = 1024, preprocessing.split.probabilities = [0.9, 0.1, 0.0])")) {
                assertTrue(rs.next());
                assertTrue(rs.getDouble("validation") > 0.9, "an easy threshold: " + rs.getDouble("validation"));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT epoch) FROM pql.training_log WHERE model = 'm'")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1), "both epochs measured their training rows on a sample");
            }
            try (ResultSet rs = s.executeQuery("SELECT split, metric_value FROM pql.metrics WHERE model = 'm' "
                    + "AND metric = 'accuracy' AND split IN ('training', 'validation') ORDER BY split")) {
                assertTrue(rs.next());
                double training = rs.getDouble(2);
                assertTrue(rs.next());
                double validation = rs.getDouble(2);
                assertEquals(validation, training, 0.03, "the version's training accuracy, on a sample, agrees with the "
                        + "held-out rows'");
            }
        }
    }
}
