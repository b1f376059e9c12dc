package dev.pql.bench;

import dev.pql.spark.PqlSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Section spark: batch PREDICT inside Spark's executors (local[2]) against the embedded engine's
 * batch PREDICT over JDBC on the same generated rows and model ({@code gen}, {@code gen_model} of
 * the throughput section), passes interleaved, medians after a warm-up pass; then how Spark's
 * throughput scales with partitions (1 partition = 1 core). Compiled and run by bench/run only when
 * the Spark module is built (it needs Spark's jars); writes benchmarks-spark.md into the output folder.
 *
 * <p>Arguments: work folder, output folder, rows, commit, quick (true/false).
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        long rows = Long.parseLong(args[2]);
        String commit = args[3];
        boolean quick = Boolean.parseBoolean(args[4]);
        Path db = work.resolve("spark-db");
        Path lake = Files.createDirectories(work.resolve("spark-lake"));
        StringBuilder md = new StringBuilder("# Benchmarks: PQL on Spark\n\n");
        md.append("Commit ").append(commit).append(", ").append(SysInfo.machine() + ", " + SysInfo.software()).append(". Written by `bench/run --sections spark`.\n\n");
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + db); Statement s = c.createStatement()) {
            Ctx.log("spark: generated table gen, " + rows + " rows, and gen_model");
            Fixtures.genTable(c, rows);
            Fixtures.genModel(c);
            s.execute("CALL CSVWRITE('" + lake.resolve("gen_csv.csv") + "', 'SELECT " + Fixtures.GEN_COLUMNS + " FROM gen')");
            s.execute("ATTACH SPARK 'local[2]' AS lake WITH (files = '" + lake + "')");
            SparkSession spark = SparkSession.getDefaultSession().get();
            spark.table("lake.gen_csv").write().parquet(lake.resolve("gen").toString()); // a lake's usual format
            s.execute("DETACH lake");
            s.execute("ATTACH SPARK 'local[2]' AS lake WITH (files = '" + lake + "')");
            int passes = quick ? 2 : 4;
            List<Double> embedded = new ArrayList<>();
            List<Double> inSpark = new ArrayList<>();
            List<Double> ctas = new ArrayList<>();
            String predict = "PREDICT label USING gen_model";
            for (int pass = 0; pass < passes; pass++) {
                embedded.add(rate(rows, () -> readAll(c, predict + " GIVEN SELECT " + Fixtures.GEN_COLUMNS + " FROM gen")));
                inSpark.add(rate(rows, () -> PqlSpark.predictWith(spark.table("lake.gen"), db.toString(), predict)
                        .write().format("noop").mode("overwrite").save()));
                int p = pass;
                ctas.add(rate(rows, () -> s.execute("CREATE TABLE lake.scored" + p + " AS SELECT * FROM (" + predict
                        + " GIVEN SELECT * FROM lake.gen) p")));
                Ctx.log(String.format(Locale.ROOT, "spark: pass %d: embedded %.0f, PqlSpark %.0f, CTAS %.0f rows/s", pass,
                        embedded.get(pass), inSpark.get(pass), ctas.get(pass)));
            }
            double e = median(embedded.subList(1, passes));
            double k = median(inSpark.subList(1, passes));
            double t = median(ctas.subList(1, passes));
            md.append("`gen_model` (5 inputs: 4 numbers, 1 category; 3 classes) over ").append(String.format(Locale.ROOT, "%,d", rows))
                    .append(" generated rows. Embedded: `PREDICT label USING gen_model GIVEN SELECT ... FROM gen` through the "
                    + "JDBC driver, every column of every row read (one thread: the engine scores a query's rows in one "
                    + "thread). Spark: `PqlSpark.predictWith` over the same rows as Parquet, `local[2]`, written to Spark's "
                    + "`noop` sink (every row scored, nothing kept); and `CREATE TABLE lake.scored AS SELECT * FROM (PREDICT "
                    + "... GIVEN SELECT * FROM lake.gen) p` through PQL (scored in Spark, written as Parquet). Medians of "
                    + (passes - 1) + " passes after a warm-up pass, interleaved.\n\n");
            md.append("| path | rows/s | ratio to embedded | goal |\n|---|---|---|---|\n");
            md.append(String.format(Locale.ROOT, "| embedded batch PREDICT over JDBC | %,.0f | 1.00× | |%n", e));
            md.append(String.format(Locale.ROOT, "| Spark executors, PqlSpark (noop sink) | %,.0f | %.2f× | ≥ 0.7× %s |%n", k, k / e,
                    k / e >= 0.7 ? "met" : "**not met**"));
            md.append(String.format(Locale.ROOT, "| Spark executors, CREATE TABLE lake.t AS ... (Parquet) | %,.0f | %.2f× | |%n%n",
                    t, t / e));
            md.append("Scaling with partitions (`repartition(n)` before scoring; local[2] has 2 cores, so 1 partition uses "
                    + "one core and 2 or more use both). One pass each, after the passes above:\n\n"
                    + "| partitions | rows/s | per partition: model loads |\n|---|---|---|\n");
            for (int n : new int[] {1, 2, 4, 8}) {
                Dataset<Row> given = spark.table("lake.gen").repartition(n).cache();
                given.count();
                double r = rate(rows, () -> PqlSpark.predictWith(given, db.toString(), predict)
                        .write().format("noop").mode("overwrite").save());
                given.unpersist();
                md.append(String.format(Locale.ROOT, "| %d | %,.0f | %d |%n", n, r, n));
            }
            md.append("\nOn a cluster the same holds per executor core: throughput ≈ min(partitions, executors × cores) × "
                    + "one core's scoring speed, less one model load per task; the driver receives nothing for CREATE TABLE "
                    + "... AS.\n");
            s.execute("DETACH lake");
        }
        Files.writeString(out.resolve("benchmarks-spark.md"), md);
        Ctx.log("spark: wrote " + out.resolve("benchmarks-spark.md"));
        System.exit(0); // Spark's non-daemon threads
    }

    interface Work {
        void run() throws Exception;
    }

    private static double rate(long rows, Work w) throws Exception {
        long start = System.nanoTime();
        w.run();
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static void readAll(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
