package dev.pql.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * ATTACH SPARK end to end in local mode: a model trained on a Spark table, PREDICT inside Spark's
 * executors writing a Parquet table, the answers equal to the engine's own, and the failures a user
 * meets (an unreachable master, a missing folder, a table that exists, rows that do not fit the model).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SparkSourceTest {
    @TempDir
    static Path dir;
    static Path lake;
    static Path db;
    static Connection c;

    @BeforeAll
    static void data() throws Exception {
        lake = Files.createDirectories(dir.resolve("lake"));
        db = dir.resolve("db");
        StringBuilder csv = new StringBuilder("id,age,city,visits,churned\n");
        Random r = new Random(7);
        String[] cities = {"Lyon", "Nice", "Paris"};
        for (int i = 0; i < 240; i++) {
            int age = 18 + r.nextInt(60);
            String city = cities[r.nextInt(3)];
            int visits = r.nextInt(30);
            boolean churned = visits < 8 && (age > 40 || city.equals("Nice")) || r.nextInt(10) == 0;
            csv.append(i).append(',').append(age).append(',').append(city).append(',').append(visits).append(',')
                    .append(churned ? "yes" : "no").append('\n');
        }
        Files.writeString(lake.resolve("customers.csv"), csv);
        c = DriverManager.getConnection("jdbc:pql:" + db);
    }

    @AfterAll
    static void close() throws SQLException {
        if (c != null) {
            c.close();
        }
    }

    @Test
    @Order(1)
    void anUnreachableMasterFailsWithinItsTimeout() throws SQLException {
        long start = System.nanoTime();
        SQLException e = assertThrows(SQLException.class, () -> exec("ATTACH SPARK 'spark://127.0.0.1:1' AS far "
                + "WITH (files = '" + lake + "', timeout = 5)"));
        assertEquals("08001", e.getSQLState(), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1e9 < 60, "bounded by the timeout, not Spark's own retries");
        assertTrue(strings("SHOW SOURCES").isEmpty(), "nothing kept");
    }

    @Test
    @Order(2)
    void attachTrainPredictInSparkAndReadBack() throws Exception {
        SQLException missing = assertThrows(SQLException.class, () -> exec("ATTACH SPARK 'local[2]' AS nolake WITH (files = '"
                + dir.resolve("nosuch") + "')"));
        assertEquals("42704", missing.getSQLState(), missing.getMessage());

        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("ATTACH SPARK 'local[2]' AS lake WITH (files = '" + lake + "')")) {
            assertTrue(rs.next());
            assertEquals("spark", rs.getString("kind"));
            assertTrue(rs.getString("product").startsWith("Apache Spark 4."), rs.getString("product"));
        }
        assertTrue(strings("SHOW SOURCES").get(0).startsWith("LAKE"));
        assertEquals(240, count("SELECT COUNT(*) FROM lake.customers"));

        assertTrue(warnings("CREATE MODEL churn PREDICT churned FROM lake.customers WITH (model_type = 'ecd', "
                + "trainer.epochs = 3)").contains("statistics (vocabularies, means, quantiles) were computed in Spark over "
                + "every usable row"));
        assertTrue(strings("DESCRIBE MODEL churn").size() >= 4);
        List<dev.pql.features.FeatureMetadata> sparkFitted = statisticsEqualTheEnginesFitOnEveryRow("churn");
        // A table larger than the source's sample_rows trains on a seeded sample, and says so.
        exec("DETACH lake");
        exec("ATTACH SPARK 'local[2]' AS lake WITH (files = '" + lake + "', sample_rows = 100)");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE MODEL small PREDICT churned FROM lake.customers WITH (model_type = 'ecd', trainer.epochs = 1)");
            String warnings = "";
            for (java.sql.SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                warnings += w.getMessage() + "\n";
            }
            assertTrue(warnings.contains("has 240 rows: the model trained on a uniform random sample of about 100"), warnings);
        }
        long trained = count("SELECT MAX(rows) FROM pql.model_versions WHERE model = 'small'");
        assertTrue(trained > 0 && trained <= 100, "rows kept in the training process: " + trained);
        assertEquals(sparkFitted, statisticsEqualTheEnginesFitOnEveryRow("small"),
                "the sampled model's statistics are still the whole table's");
        exec("CREATE TABLE lake.scored AS SELECT * FROM (PREDICT churned WITH CONFIDENCE USING churn "
                + "GIVEN SELECT * FROM lake.customers) p");
        assertTrue(Files.isDirectory(lake.resolve("scored")), "Parquet written by Spark under the source's folder");
        assertEquals(240, count("SELECT SUM(n) FROM (SELECT churned_predicted, COUNT(*) AS n FROM lake.scored "
                + "GROUP BY churned_predicted) g"));

        // Spark's answers equal the engine's own PREDICT over the same rows in the store.
        exec("CREATE TABLE local_customers AS SELECT * FROM lake.customers");
        Map<Integer, Object[]> engine = predictions("SELECT * FROM (PREDICT churned WITH CONFIDENCE USING churn "
                + "GIVEN SELECT * FROM local_customers) p", "ID", "CHURNED_PREDICTED", "CHURNED_PROBABILITY");
        Map<Integer, Object[]> spark = predictions("SELECT id, churned_predicted, churned_probability FROM lake.scored",
                "id", "churned_predicted", "churned_probability");
        assertEquals(240, engine.size());
        assertEquals(engine.keySet(), spark.keySet());
        for (Map.Entry<Integer, Object[]> e : engine.entrySet()) {
            Object[] a = e.getValue();
            Object[] b = spark.get(e.getKey());
            assertEquals(a[0], b[0], "class of row " + e.getKey());
            assertEquals((Double) a[1], (Double) b[1], 1e-6, "confidence of row " + e.getKey());
        }

        // The same from Spark's side, for Spark users who never open PQL.
        SparkSession session = SparkSession.getDefaultSession().get();
        Dataset<Row> rows = session.read().option("header", "true").option("inferSchema", "true")
                .csv(lake.resolve("customers.csv").toString());
        List<Row> scored = PqlSpark.predict(rows, db.toString(), "churn").collectAsList();
        assertEquals(240, scored.size());
        for (Row r : scored) {
            Object[] a = engine.get(r.<Integer>getAs("id"));
            assertEquals(a[0], String.valueOf(r.<Object>getAs("churned_predicted")));
            assertEquals((Double) a[1], r.<Double>getAs("churned_probability"), 1e-6);
        }

        // Spark SQL's pql_predict and pql_predict_confidence answer the same, a row at a time.
        PqlSpark.register(session, db.toString());
        rows.createOrReplaceTempView("customers_view");
        List<Row> udf = session.sql("SELECT id, pql_predict('churn', struct(*)) AS p, "
                + "pql_predict_confidence('churn VERSION 1', struct(*)) AS c FROM customers_view").collectAsList();
        assertEquals(240, udf.size());
        for (Row r : udf) {
            Object[] a = engine.get(r.<Integer>getAs("id"));
            assertEquals(a[0], r.<String>getAs("p"), "class of row " + r.getAs("id"));
            assertEquals((Double) a[1], r.<Double>getAs("c"), 1e-6, "confidence of row " + r.getAs("id"));
        }
        Exception unknown = assertThrows(Exception.class, () -> session.sql("SELECT pql_predict('nosuch', struct(*)) "
                + "FROM customers_view").collectAsList());
        assertTrue(causes(unknown).contains("nosuch"), causes(unknown));
    }

    static String causes(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append('\n');
        }
        return out.toString();
    }

    @Test
    @Order(3)
    void remoteUsersReadThroughCalciteOnly() throws Exception {
        // Spark SQL can read any file (csv.`/path`) and call Java (reflect): a remote query is never handed to it.
        dev.pql.server.PqlServer server = dev.pql.server.PqlServer.start(new dev.pql.server.PqlServer.Options(db,
                "127.0.0.1", 0, Map.of("alice", "pw"), null, null, null, 1 << 20, Map.of()));
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", "alice");
        p.setProperty("password", "pw");
        try (Connection remote = DriverManager.getConnection("jdbc:pql:remote:" + server.httpUrl(), p);
             Statement s = remote.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM lake.customers WHERE city = 'Nice'")) {
                assertTrue(rs.next());
                assertTrue(rs.getLong(1) > 0);
            }
            for (String attack : List.of(
                    "SELECT * FROM lake.customers, csv.`/etc/hostname`",
                    "SELECT reflect('java.lang.System', 'getProperty', 'user.home') FROM lake.customers",
                    "SELECT java_method('java.lang.System', 'exit', 1) FROM lake.customers")) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(attack).next(), attack);
                assertNotNull(e.getSQLState(), attack);
            }
            SQLException e = assertThrows(SQLException.class, () -> s.execute("CREATE TABLE lake.stolen AS SELECT * FROM "
                    + "lake.customers"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
            assertFalse(Files.exists(lake.resolve("stolen")));
        } finally {
            server.close();
        }
    }

    @Test
    @Order(4)
    void aSparkJobReportsItsPartitions() throws Exception {
        List<dev.pql.train.TrainingProgress> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Connection other = DriverManager.getConnection("jdbc:pql:" + db); Statement s = c.createStatement()) {
            s.unwrap(dev.pql.jdbc.PqlStatement.class).setProgressListener(p -> {
                events.add(p);
                try { // what another session sees in pql.jobs while the job runs
                    seen.addAll(strings(other, "SELECT model, state, detail FROM pql.jobs WHERE state = 'running'"));
                } catch (SQLException e) {
                    seen.add(e.toString());
                }
            });
            s.execute("CREATE TABLE lake.progress AS SELECT * FROM (PREDICT churned USING churn GIVEN SELECT * FROM "
                    + "lake.customers) p");
        }
        assertFalse(events.isEmpty(), "partitions reported");
        assertTrue(events.stream().allMatch(dev.pql.train.TrainingProgress::ofPartitions), events.toString());
        dev.pql.train.TrainingProgress last = events.get(events.size() - 1);
        assertEquals(last.partitionsTotal(), last.partitionsDone(), "every partition done when the statement answers");
        assertTrue(last.partitionsTotal() >= 2, "local[2] scores in at least two partitions: " + last);
        assertTrue(seen.stream().anyMatch(l -> l.matches("lake\\.progress running partitions \\d+/\\d+")), seen.toString());
        assertEquals(List.of("succeeded done"), strings("SELECT state, detail FROM pql.jobs WHERE model = 'lake.progress'"));
    }

    /** Input a user gets wrong, and a failure of some of a job's tasks: clear errors, and no partial table. */
    @Test
    @Order(5)
    void badInputIsRefusedClearly() throws Exception {
        SQLException noTable = assertThrows(SQLException.class, () -> count("SELECT COUNT(*) FROM lake.nosuch"));
        assertTrue(noTable.getSQLState().startsWith("42"), noTable.getSQLState() + " " + noTable.getMessage());
        assertTrue(noTable.getMessage().toLowerCase(java.util.Locale.ROOT).contains("nosuch"), noTable.getMessage());
        SQLException noTrainingTable = assertThrows(SQLException.class, () -> exec("CREATE MODEL m2 PREDICT churned FROM "
                + "lake.nosuch"));
        assertTrue(noTrainingTable.getMessage().toLowerCase(java.util.Locale.ROOT).contains("nosuch"),
                noTrainingTable.getMessage());

        // A file that went away after ATTACH: Spark cannot read it, and says which.
        Files.writeString(lake.resolve("gone.csv"), "a,b\n1,2\n");
        assertEquals(1, count("SELECT COUNT(*) FROM lake.gone"));
        Files.delete(lake.resolve("gone.csv"));
        SQLException gone = assertThrows(SQLException.class, () -> count("SELECT SUM(a) FROM lake.gone"));
        assertNotNull(gone.getSQLState(), gone.getMessage());
        assertTrue(gone.getMessage().contains("gone"), gone.getMessage());

        // Rows without a column the model reads: 42S22 naming it, before any table is written.
        SQLException missingColumn = assertThrows(SQLException.class, () -> exec("CREATE TABLE lake.partial AS SELECT * "
                + "FROM (PREDICT churned USING churn GIVEN SELECT id, age, visits FROM lake.customers) p"));
        assertEquals("42S22", missingColumn.getSQLState(), missingColumn.getMessage());
        assertTrue(missingColumn.getMessage().toLowerCase(java.util.Locale.ROOT).contains("city"), missingColumn.getMessage());
        assertFalse(Files.exists(lake.resolve("partial")), "no table");
        SparkSession session = SparkSession.getDefaultSession().get();
        Dataset<Row> withoutCity = session.read().option("header", "true").option("inferSchema", "true")
                .csv(lake.resolve("customers.csv").toString()).drop("city");
        Exception fromSpark = assertThrows(Exception.class, () -> PqlSpark.predict(withoutCity, db.toString(), "churn")
                .collectAsList());
        assertTrue(causes(fromSpark).contains("city"), causes(fromSpark));
        withoutCity.createOrReplaceTempView("without_city");
        Exception fromSql = assertThrows(Exception.class, () -> session.sql("SELECT pql_predict('churn', struct(*)) FROM "
                + "without_city").collectAsList());
        assertTrue(causes(fromSql).contains("reads column 'city'"), causes(fromSql));

        // One row in 240 that no task can score: the tasks with other rows finish and write, that one fails
        // after Spark's retries, and the job's commit never happens: the table is absent, not partial.
        SQLException midJob = assertThrows(SQLException.class, () -> exec("CREATE TABLE lake.halfway AS SELECT * FROM "
                + "(PREDICT churned USING churn GIVEN SELECT id, CASE WHEN id = 239 THEN 'old' ELSE CAST(age AS STRING) END "
                + "AS age, city, visits FROM lake.customers) p"));
        assertEquals("22018", midJob.getSQLState(), midJob.getMessage());
        assertTrue(midJob.getMessage().contains("old"), midJob.getMessage());
        assertFalse(Files.exists(lake.resolve("halfway")) && Files.list(lake.resolve("halfway")).findAny().isPresent(),
                "no partial table");
        assertFalse(String.join(" ", strings("SHOW SOURCES")).toLowerCase(java.util.Locale.ROOT).contains("halfway"));
    }

    @Test
    @Order(6)
    void failuresLeaveNoTable() throws Exception {
        SQLException exists = assertThrows(SQLException.class, () -> exec("CREATE TABLE lake.scored AS SELECT * FROM "
                + "lake.customers"));
        assertEquals("42710", exists.getSQLState(), exists.getMessage());
        // Rows that do not fit the model: a number feature given text. The executors' tasks fail, Spark gives
        // up after its retries, and the table is absent.
        SQLException bad = assertThrows(SQLException.class, () -> exec("CREATE TABLE lake.bad AS SELECT * FROM (PREDICT "
                + "churned USING churn GIVEN SELECT id, 'old' AS age, city, visits FROM lake.customers) p"));
        assertEquals("22018", bad.getSQLState(), bad.getMessage());
        assertFalse(Files.exists(lake.resolve("bad")) && Files.list(lake.resolve("bad")).findAny().isPresent(),
                "no partial table");
        assertFalse(strings("SHOW SOURCES").get(0).contains("bad"));
        exec("DETACH lake");
        assertTrue(strings("SHOW SOURCES").isEmpty());
        assertTrue(Files.exists(lake.resolve("customers.csv")), "DETACH leaves the files alone");
    }

    /**
     * A source over Spark's catalog: the tables of the Spark database named like the source, as Spark
     * knows them (a Hive metastore's, in a Spark application that has one). PREDICT runs in Spark over
     * them, CREATE TABLE AS adds a table to that database, and DETACH leaves the database alone.
     */
    @Test
    @Order(7)
    void aCatalogsDatabaseIsASource() throws Exception {
        SparkSession spark = SparkSession.active();
        String location = dir.resolve("warehouse").resolve("shop.db").toUri().toString();
        spark.sql("CREATE DATABASE shop LOCATION '" + location + "'");
        spark.sql("CREATE TABLE shop.visitors USING parquet AS SELECT * FROM VALUES (1, 30, 'Lyon', 3), "
                + "(2, 61, 'Nice', 1), (3, 45, 'Paris', 20), (4, 22, 'Nice', 2) AS t(id, age, city, visits)");
        SQLException both = assertThrows(SQLException.class, () -> exec("ATTACH SPARK 'local[2]' AS shop WITH (catalog = "
                + "'spark_catalog', files = '" + lake + "')"));
        assertEquals("42P10", both.getSQLState(), both.getMessage());
        SQLException other = assertThrows(SQLException.class, () -> exec("ATTACH SPARK 'local[2]' AS shop WITH (catalog = "
                + "'glue')"));
        assertEquals("0A000", other.getSQLState(), other.getMessage());
        SQLException none = assertThrows(SQLException.class, () -> exec("ATTACH SPARK 'local[2]' AS nosuch WITH (catalog = "
                + "'spark_catalog')"));
        assertTrue(none.getMessage().contains("no database 'nosuch'") && none.getMessage().contains("shop"),
                none.getMessage());
        exec("ATTACH SPARK 'local[2]' AS shop WITH (catalog = 'spark_catalog')");
        assertEquals(List.of("4"), strings("SELECT COUNT(*) FROM shop.visitors"));
        exec("CREATE TABLE shop.scored AS SELECT * FROM (PREDICT churned WITH CONFIDENCE USING churn GIVEN "
                + "SELECT * FROM shop.visitors) p");
        assertTrue(spark.catalog().tableExists("shop", "scored"), "the table is Spark's, in the catalog's database");
        assertEquals(4, spark.table("shop.scored").count());
        assertEquals(List.of("4"), strings("SELECT COUNT(*) FROM shop.scored WHERE churned_probability > 0"));
        exec("DETACH shop");
        assertTrue(spark.catalog().databaseExists("shop") && spark.catalog().tableExists("shop", "visitors"),
                "DETACH leaves the catalog's database and tables alone");
    }

    /**
     * The model's fitted metadata (inputs, then outputs) equals the engine's processors fitted on every
     * row of lake.customers (all have a target), not only on the rows the model trained on; returns it.
     */
    static List<dev.pql.features.FeatureMetadata> statisticsEqualTheEnginesFitOnEveryRow(String model) throws SQLException {
        dev.pql.registry.LoadedModel m = dev.pql.registry.ModelStore.reader(db.resolve("models")).load(model, null);
        dev.pql.data.Table rows;
        try (Statement s = c.createStatement()) {
            rows = dev.pql.data.Table.read(s.executeQuery("SELECT * FROM lake.customers"));
        }
        assertEquals(240, rows.rows().size());
        List<dev.pql.features.FeatureMetadata> fitted = new java.util.ArrayList<>(m.inputMetadata());
        m.heads().forEach(h -> fitted.add(h.processor().metadata()));
        List<dev.pql.config.FeatureConfig> features = new java.util.ArrayList<>(m.config().inputFeatures());
        features.addAll(m.config().outputFeatures());
        for (int i = 0; i < features.size(); i++) {
            dev.pql.config.FeatureConfig f = features.get(i);
            dev.pql.features.FeatureProcessor p = dev.pql.features.Processors.create(f, i >= m.config().inputFeatures().size());
            int col = rows.indexOf(f.column());
            p.fit(rows.rows().stream().map(r -> r[col]).collect(java.util.stream.Collectors.toList()));
            assertEquals(p.metadata(), fitted.get(i), f.name());
        }
        int age = rows.indexOf("age");
        assertEquals(rows.rows().stream().mapToInt(r -> ((Number) r[age]).intValue()).average().orElseThrow(),
                fitted.get(m.config().inputFeatures().indexOf(m.config().inputFeatures().stream()
                        .filter(f -> f.name().equalsIgnoreCase("age")).findFirst().orElseThrow())).mean(), 1e-9,
                "the mean age of all 240 rows, not of a training split");
        return fitted;
    }

    static String warnings(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            String warnings = "";
            for (java.sql.SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                warnings += w.getMessage() + "\n";
            }
            return warnings;
        }
    }

    static void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    static List<String> strings(String sql) throws SQLException {
        return strings(c, sql);
    }

    static List<String> strings(Connection on, String sql) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (Statement s = on.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    line.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(line.toString());
            }
        }
        return out;
    }

    static Map<Integer, Object[]> predictions(String sql, String id, String cls, String confidence) throws SQLException {
        Map<Integer, Object[]> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getInt(id), new Object[] {rs.getString(cls), rs.getDouble(confidence)});
            }
        }
        return out;
    }
}
