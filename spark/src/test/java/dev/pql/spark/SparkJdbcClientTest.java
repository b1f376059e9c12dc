package dev.pql.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.server.PqlServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache Spark's own JDBC source as a client of PQL, as Spark users call it: read a table, a PREDICT
 * and an EVALUATE as queries, and write predictions back, over an embedded URL and over a PQL
 * server with Spark's default fetch size (0, which once returned no rows over Avatica).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SparkJdbcClientTest {
    static final String PASSWORD = "pw";
    @TempDir
    Path dir;

    @Test
    void sparkReadsAndWritesThroughPqlsDriver() throws Exception {
        String embedded = "jdbc:pql:" + dir.resolve("db");
        try (Connection c = DriverManager.getConnection(embedded); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people AS SELECT X AS id, 18 + MOD(X * 7, 60) AS age, "
                    + "CASE MOD(X, 3) WHEN 0 THEN 'Paris' WHEN 1 THEN 'Lyon' ELSE 'Nice' END AS city, "
                    + "CASE WHEN MOD(X * 7, 60) > 30 THEN 'yes' ELSE 'no' END AS buys FROM SYSTEM_RANGE(1, 150)");
            s.execute("CREATE MODEL buyer PREDICT buys FROM people WITH (model_type = 'ecd', trainer.epochs = 2)");
            SparkSession spark = SparkSession.builder().master("local[2]").appName("pql-jdbc-client")
                    .config("spark.ui.enabled", "false").getOrCreate();
            roundTrip(spark, embedded, new Properties(), "embedded");
            PqlServer server = PqlServer.start(new PqlServer.Options(dir.resolve("db"), "127.0.0.1", 0,
                    Map.of("alice", PASSWORD), null, null, null, 64L * 1024 * 1024, Map.of()));
            try {
                Properties p = new Properties();
                p.setProperty("user", "alice");
                p.setProperty("password", PASSWORD);
                roundTrip(spark, "jdbc:pql:remote:" + server.httpUrl(), p, "remote");
            } finally {
                server.close();
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM preds_embedded")) {
                assertTrue(rs.next());
                assertEquals(150, rs.getInt(1), "Spark wrote every prediction back");
            }
        }
    }

    private static void roundTrip(SparkSession spark, String url, Properties auth, String how) {
        Dataset<Row> table = read(spark, url, auth, "dbtable", "people");
        assertEquals(150, table.count(), how + ": every row of a table");
        Dataset<Row> predicted = read(spark, url, auth, "query",
                "PREDICT buys WITH CONFIDENCE USING buyer GIVEN SELECT id, age, city FROM people");
        assertTrue(Arrays.asList(predicted.columns()).stream().anyMatch(n -> n.equalsIgnoreCase("buys_probability")),
                how + ": " + Arrays.toString(predicted.columns()));
        List<Row> rows = predicted.collectAsList();
        assertEquals(150, rows.size(), how + ": every prediction, whatever the fetch size");
        Dataset<Row> evaluation = read(spark, url, auth, "query", "EVALUATE buyer GIVEN SELECT * FROM people");
        assertTrue(evaluation.count() > 0, how + ": EVALUATE as a query");
        predicted.write().mode(SaveMode.Overwrite).jdbc(url, "preds_" + how, auth);
        assertEquals(150, read(spark, url, auth, "dbtable", "preds_" + how).count(), how + ": written back and read");
    }

    private static Dataset<Row> read(SparkSession spark, String url, Properties auth, String key, String value) {
        var reader = spark.read().format("jdbc").option("url", url).option("driver", "dev.pql.jdbc.Driver")
                .option(key, value);
        for (String name : auth.stringPropertyNames()) {
            reader = reader.option(name, auth.getProperty(name));
        }
        return reader.load();
    }
}
