package dev.pql.spark;

import dev.pql.data.Attachment;
import dev.pql.data.CalciteValues;
import dev.pql.data.PartitionProgress;
import dev.pql.data.RowsTable;
import dev.pql.data.SourceProvider;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.features.stats.FeatureStatistics;
import dev.pql.features.stats.StatisticsProvider;
import dev.pql.features.stats.TrainingStatistics;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * {@code ATTACH SPARK 'local[2]' AS lake WITH (files = '/data/lake')}: a Spark application as a
 * source. Each CSV, JSON or Parquet file (or folder of Parquet part files) under {@code files} is
 * a table of a Spark database named after the source, so a query that names only {@code lake.*}
 * runs in Spark as written (Spark SQL's dialect), PREDICTs inside it run in Spark's executors, and
 * {@code CREATE TABLE lake.t AS ...} writes Parquet under {@code files} through Spark. Anything that
 * also names the store's tables is planned by Calcite, which reads the Spark rows it needs.
 * <p>
 * Spark allows one SparkContext per JVM: every Spark source of this process shares it, so they
 * must name the same master. A session that already runs (PQL inside a Spark application) is
 * joined, and left running when the database closes.
 */
public final class SparkSource implements SourceProvider, StatisticsProvider {
    /** Starting Spark (a JVM's first SparkContext takes seconds) and reaching a cluster's master. */
    static final int DEFAULT_TIMEOUT_SECONDS = 120;
    private static final List<String> FORMATS = List.of("csv", "json", "parquet");
    /**
     * The most rows a model trains on from a Spark table (option sample_rows): they are held in
     * the training process's memory, about 100 bytes per value, so a million rows of ten columns
     * is about 1 GB. A larger table is sampled uniformly, seeded, so a retraining sees the same rows.
     */
    static final long DEFAULT_SAMPLE_ROWS = 1_000_000;
    /** Spark's session catalog: the one a Spark application has by default (a Hive metastore when it has one). */
    static final String SESSION_CATALOG = "spark_catalog";
    static final long SAMPLE_SEED = 42;
    /**
     * The distinct values a feature's statistics keep in Spark (a vocabulary's words, a number's
     * values for exact quantiles): about 16 bytes each per number, tens of bytes per word, per task
     * and on the driver. Past it that part is taken from the training sample, with a warning.
     */
    static final int STATISTICS_LIMIT = 1 << 20;
    private SparkSession spark;
    private boolean owner;
    /** Numbers the temporary views of PREDICTs: queries of several sessions share one Spark session. */
    private final AtomicLong views = new AtomicLong();

    @Override
    public Attachment.Kind kind() {
        return Attachment.Kind.SPARK;
    }

    @Override
    public List<String> options() {
        return List.of("files", "catalog", "timeout", "sample_rows");
    }

    @Override
    public Attachment attach(Attachment requested) {
        String files = requested.options().get("files");
        String catalog = requested.options().get("catalog");
        if (files != null && catalog != null) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "ATTACH SPARK takes files or catalog, not both: files makes "
                    + "the files of a folder tables, catalog reads the tables Spark's catalog already has.");
        }
        if (catalog != null) {
            return attachCatalog(requested, catalog);
        }
        if (files == null) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "ATTACH SPARK needs the folder of its tables: WITH (files = "
                    + "'/data/lake'); each CSV, JSON or Parquet file (or folder of Parquet parts) under it is a table. "
                    + "Or WITH (catalog = 'spark_catalog'): the tables of the Spark database named like the source.");
        }
        sampleRows(requested); // a bad value is refused before Spark starts
        Path folder = Path.of(files).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new PqlException(ErrorCode.OBJECT_NOT_FOUND, "ATTACH SPARK: the files folder '" + folder
                    + "' does not exist or is not a folder. Create it, or name the folder that holds the tables.");
        }
        Attachment a = new Attachment(requested.name(), Attachment.Kind.SPARK, requested.location(), null, null, null,
                null, null, requested.timeoutSeconds(), null, requested.attachedAt(), requested.options().containsKey("sample_rows")
                ? Map.of("files", folder.toString(), "sample_rows", requested.options().get("sample_rows"))
                : Map.of("files", folder.toString()));
        SparkSession s = session(a);
        register(s, a);
        return new Attachment(a.name(), a.kind(), a.location(), null, null, null, null, null, a.timeoutSeconds(),
                "Apache Spark " + s.version(), a.attachedAt(), a.options());
    }

    /**
     * A source over Spark's session catalog (a Hive metastore when the application has one, else the
     * application's own): its tables are those of the Spark database named like the source, as
     * Spark knows them; PQL registers nothing and DETACH drops nothing.
     */
    private Attachment attachCatalog(Attachment requested, String catalog) {
        if (!catalog.equalsIgnoreCase(SESSION_CATALOG)) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "ATTACH SPARK: catalog '" + catalog + "' is not supported; "
                    + "PQL reads Spark's session catalog, '" + SESSION_CATALOG + "' (a Hive metastore when the Spark "
                    + "application has one).");
        }
        sampleRows(requested);
        Map<String, String> options = new HashMap<>(Map.of("catalog", SESSION_CATALOG));
        if (requested.options().containsKey("sample_rows")) {
            options.put("sample_rows", requested.options().get("sample_rows"));
        }
        Attachment a = new Attachment(requested.name(), Attachment.Kind.SPARK, requested.location(), null, null, null,
                null, null, requested.timeoutSeconds(), null, requested.attachedAt(), Map.copyOf(options));
        SparkSession s = session(a);
        String database = a.name().toLowerCase(Locale.ROOT);
        if (!s.catalog().databaseExists(database)) {
            List<String> databases = new ArrayList<>();
            s.catalog().listDatabases().collectAsList().forEach(d -> databases.add(d.name()));
            throw new PqlException(ErrorCode.OBJECT_NOT_FOUND, "ATTACH SPARK ... AS " + a.name() + " WITH (catalog = '"
                    + SESSION_CATALOG + "'): Spark's catalog has no database '" + database + "'; it has "
                    + String.join(", ", databases) + ". Attach under the name of the database to read.");
        }
        return new Attachment(a.name(), a.kind(), a.location(), null, null, null, null, null, a.timeoutSeconds(),
                "Apache Spark " + s.version() + ", catalog " + SESSION_CATALOG, a.attachedAt(), a.options());
    }

    /** Whether the source reads Spark's catalog (its tables are Spark's, not PQL's registrations of files). */
    private static boolean inCatalog(Attachment a) {
        return a.options().containsKey("catalog");
    }

    @Override
    public void detach(Attachment a) {
        if (spark != null && !inCatalog(a)) {
            spark.sql("DROP DATABASE IF EXISTS " + database(a) + " CASCADE"); // the catalog's entries; files stay
        }
    }

    @Override
    public Schema schema(Attachment a) {
        return new AbstractSchema() {
            @Override
            protected Map<String, Table> getTableMap() {
                SparkSession s = session(a);
                register(s, a);
                Map<String, Table> tables = new HashMap<>();
                for (String name : names(s, a)) {
                    tables.put(name, table(s, database(a) + "." + quote(name)));
                }
                return tables;
            }
        };
    }

    /** A Spark table as Calcite reads it: its rows stream to this process, a partition at a time. */
    private static RowsTable table(SparkSession s, String qualified) {
        StructType schema = s.table(qualified).schema();
        List<String> names = new ArrayList<>();
        List<SqlTypeName> types = new ArrayList<>();
        for (var f : schema.fields()) {
            names.add(f.name());
            types.add(CalciteValues.type(SparkRows.jdbcType(f.dataType())));
        }
        return new RowsTable(names, types, () -> CalciteValues.rows(
                SparkRows.resultSet(schema, s.table(qualified).toLocalIterator()), types));
    }

    @Override
    public List<String> tables(Attachment a) {
        SparkSession s = session(a);
        register(s, a);
        return names(s, a);
    }

    @Override
    public ResultSet query(Attachment a, String sql, Path models) {
        return inSpark(a, sql, models, (s, text) -> {
            Dataset<Row> answer = s.sql(text);
            return SparkRows.resultSet(answer.schema(), answer.toLocalIterator());
        });
    }

    @Override
    public ResultSet trainingRows(Attachment a, String sql, Path models, List<String> notes) {
        return inSpark(a, sql, models, (s, text) -> {
            Dataset<Row> rows = s.sql(text);
            long limit = sampleRows(a);
            long total = rows.count(); // counted in the executors: one Spark job, no rows move
            if (total > limit) {
                rows = rows.sample(false, Math.min(1.0, limit * 1.05 / total), SAMPLE_SEED).limit((int) limit);
                notes.add(String.format(Locale.ROOT, "Source %s has %,d rows: the model trained on a uniform random sample "
                        + "of about %,d of them (Spark's Bernoulli sample, seed %d). ATTACH it WITH (sample_rows = n) to "
                        + "train on more; they are held in memory.", a.name(), total, limit, SAMPLE_SEED));
            }
            return SparkRows.resultSet(rows.schema(), rows.toLocalIterator());
        });
    }

    /**
     * Each feature's statistics over every row of the query that CREATE MODEL would keep, computed in
     * the executors (one task per partition, no rows move) and merged here; the network then trains on
     * the rows {@link #trainingRows} sends, a sample of a large table.
     */
    @Override
    public List<FeatureStatistics> statistics(Attachment a, String sql, Path models, ModelConfig config,
                                              List<String> notes) {
        if (!TrainingStatistics.supports(config)) {
            notes.add("Source " + a.name() + ": a target fills its missing values, so the preprocessing statistics were "
                    + "fitted on the rows sent for training, not computed in Spark over the whole table.");
            return null;
        }
        return inSpark(a, sql, models, (s, text) -> {
            Dataset<Row> rows = s.sql(text);
            List<FeatureStatistics> merged = rows.javaRDD()
                    .mapPartitions(new PartitionStatistics(TrainingStatistics.toJson(config), rows.schema(), STATISTICS_LIMIT))
                    .reduce(TrainingStatistics::merge);
            List<String> partial = new ArrayList<>();
            List<FeatureConfig> features = TrainingStatistics.features(config);
            for (int i = 0; i < merged.size(); i++) {
                FeatureStatistics f = merged.get(i);
                if (f == null) {
                    partial.add(features.get(i).name() + " (its type's statistics do not merge)");
                } else if (!f.complete()) {
                    partial.add(features.get(i).name() + " (over " + STATISTICS_LIMIT + " distinct values: its vocabulary or "
                            + "quantiles are the sample's)");
                }
            }
            notes.add(String.format(Locale.ROOT, "Source %s: the preprocessing statistics (vocabularies, means, quantiles) "
                    + "were computed in Spark over every usable row of the table%s; the network trained on the rows sent "
                    + "to this process.", a.name(), partial.isEmpty() ? "" : ", except for " + String.join(", ", partial)
                    + ", fitted on the training rows"));
            return merged;
        });
    }

    private static long sampleRows(Attachment a) {
        String v = a.options().get("sample_rows");
        if (v == null) {
            return DEFAULT_SAMPLE_ROWS;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 1 && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new PqlException(ErrorCode.INVALID_CONFIG, "ATTACH SPARK: sample_rows is the most rows a model trains on, "
                + "a whole number from 1 to " + Integer.MAX_VALUE + "; got '" + v + "'.");
    }

    @Override
    public long createTable(Attachment a, String table, String query, Path models, PartitionProgress progress) {
        String name = table.replace("`", "").replace("\"", "");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "CREATE TABLE " + a.name() + "." + table + ": a Spark source's "
                    + "table is a folder of Parquet files, so its name must be letters, digits and underscores.");
        }
        Path folder = inCatalog(a) ? null : Path.of(a.options().get("files")).resolve(name);
        if (folder != null ? Files.exists(folder) : session(a).catalog().tableExists(a.name().toLowerCase(Locale.ROOT), name)) {
            throw new PqlException(ErrorCode.DUPLICATE_OBJECT, "Source " + a.name() + " already has '" + name + "'"
                    + (folder != null ? " (" + folder + "). Choose another name, or remove that folder first."
                    : " in Spark's catalog. Choose another name, or drop it in Spark first."));
        }
        Long written = inSpark(a, query, models, (s, text) -> {
            // Spark writes the files under a temporary folder and commits them at the end of the job;
            // when the job fails it drops the table, so the table is complete or absent.
            try (SparkProgress watched = SparkProgress.watch(s, "pql-ctas-" + views.incrementAndGet(), progress)) {
                // files: Parquet under the source's folder; catalog: a table of the catalog's own warehouse
                s.sql("CREATE TABLE " + database(a) + "." + quote(name) + " USING parquet"
                        + (folder != null ? " LOCATION '" + folder.toUri() + "'" : "") + " AS " + text);
                watched.succeeded();
            }
            return s.table(database(a) + "." + quote(name)).count();
        });
        if (written == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "CREATE TABLE " + a.name() + "." + name + " AS ...: the query "
                    + "must read only " + a.name() + "'s tables (Spark writes the table where the data is).");
        }
        return written;
    }

    /** Work on the query as Spark runs it. */
    private interface AtSpark<T> {
        T run(SparkSession s, String text) throws Exception;
    }

    /**
     * Runs {@code work} on the query as Spark takes it (its PREDICTs as temporary views, dropped
     * after); null when Spark cannot answer the query (it names a store table, or holds a PQL
     * statement Spark cannot run), so that Calcite plans it instead.
     */
    private <T> T inSpark(Attachment a, String sql, Path models, AtSpark<T> work) {
        SparkSession s = session(a);
        register(s, a);
        List<String> made = new ArrayList<>();
        try {
            String text = rewrite(s, sql, models, made);
            return text == null ? null : work.run(s, text);
        } catch (Exception e) { // Spark's exceptions are Scala's: checked ones arrive undeclared
            if (unresolved(e)) {
                return null;
            }
            throw failed(a, e);
        } finally {
            made.forEach(v -> s.catalog().dropTempView(v));
        }
    }

    /**
     * The query as Spark runs it: each {@code (PREDICT ... GIVEN <query>)} inside it becomes a
     * temporary view of the PREDICT scored in Spark's executors. Null when it holds a PQL statement
     * Spark cannot answer (EVALUATE, SHOW ...).
     */
    private String rewrite(SparkSession s, String sql, Path models, List<String> made) {
        if (!(StatementParser.parse(sql) instanceof Ast.Sql parsed)) {
            return null;
        }
        if (parsed.embedded().isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Ast.EmbeddedStatement e : parsed.embedded()) {
            if (!(StatementParser.parse(e.text()) instanceof Ast.Predict p) || !(p.given() instanceof Ast.GivenQuery q)) {
                return null;
            }
            Dataset<Row> scored = PqlSpark.predictWith(s.sql(q.sql()), models, e.text());
            String view = "pql_predict_" + views.incrementAndGet();
            scored.createOrReplaceTempView(view);
            made.add(view);
            out.append(sql, copied, e.start()).append(view);
            copied = e.end();
        }
        return out.append(sql.substring(copied)).toString();
    }

    private static boolean unresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("TABLE_OR_VIEW_NOT_FOUND") || m.contains("SCHEMA_NOT_FOUND")) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, in PQL's terms: the engine's own error when an executor's scoring failed. */
    private static PqlException failed(Attachment a, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PqlException p) {
                return t == e ? p : new PqlException(p.code(), "In Spark (source " + a.name() + "): " + p.getMessage()
                        + " Nothing was written.", e);
            }
        }
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf("\n");
        return new PqlException(m.contains("PARSE_SYNTAX_ERROR") || m.contains("UNRESOLVED_COLUMN")
                ? ErrorCode.SYNTAX_ERROR : ErrorCode.INVALID_DATA,
                "Spark (source " + a.name() + ") could not run the query: " + (cut > 0 ? m.substring(0, cut) : m)
                + " A query that names only a Spark source's tables runs in Spark SQL's dialect (backquotes for names).", e);
    }

    /**
     * A standalone master ({@code spark://host:port[,host:port]}) that no address answers is refused
     * before a SparkContext is made: one abandoned at the timeout keeps retrying its registration
     * in the background (about 60 s) and, when it gives up, stops itself, which clears the JVM-wide
     * SparkEnv under any SparkContext started since. Other masters (yarn, k8s, local) are left to Spark.
     */
    private static void requireReachable(String master, int timeoutSeconds) {
        if (!master.startsWith("spark://")) {
            return;
        }
        String[] addresses = master.substring("spark://".length()).split(",");
        int perAddress = (int) Math.max(1, Math.min(5_000L, timeoutSeconds * 1000L / addresses.length));
        for (String address : addresses) {
            int colon = address.lastIndexOf(':');
            try (java.net.Socket socket = new java.net.Socket()) {
                String host = colon < 0 ? address : address.substring(0, colon);
                int port = colon < 0 ? 7077 : Integer.parseInt(address.substring(colon + 1).replaceAll("/.*", ""));
                socket.connect(new java.net.InetSocketAddress(host, port), perAddress);
                return;
            } catch (IOException | IllegalArgumentException e) {
                // try the next address
            }
        }
        throw new PqlException(ErrorCode.CONNECTION_ERROR, "Spark master '" + master + "' does not accept connections. "
                + "Check that it is running and that this machine can reach it (host, port, firewall).");
    }

    /** The Spark session this source runs in: started (or joined) once, within the source's timeout. */
    private synchronized SparkSession session(Attachment a) {
        if (spark != null && !spark.sparkContext().isStopped()) {
            String running = spark.sparkContext().master();
            if (!running.equals(a.location())) {
                throw new PqlException(ErrorCode.NOT_SUPPORTED, "Spark allows one application per process, and this one "
                        + "runs on master '" + running + "'; source " + a.name() + " names '" + a.location() + "'. Attach it "
                        + "with the same master, or use another PQL process.");
            }
            return spark;
        }
        int timeout = a.timeoutSeconds() == null ? DEFAULT_TIMEOUT_SECONDS : a.timeoutSeconds();
        requireReachable(a.location(), timeout);
        boolean existed = SparkSession.getDefaultSession().isDefined();
        ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pql-spark-start");
            t.setDaemon(true);
            return t;
        });
        Future<SparkSession> started = starter.submit(() -> {
            SparkSession s = SparkSession.builder().master(a.location()).appName("PQL")
                    .config("spark.ui.enabled", "false") // no web UI port: PQL opens nothing it does not need
                    .getOrCreate();
            s.range(1).count(); // a cluster's master answers only when a job runs
            return s;
        });
        try {
            spark = started.get(timeout, TimeUnit.SECONDS);
            owner = !existed;
            return spark;
        } catch (TimeoutException e) {
            started.cancel(true);
            SparkSession.getDefaultSession().foreach(s -> {
                s.stop();
                return null;
            });
            SparkSession.clearDefaultSession();
            SparkSession.clearActiveSession();
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "Spark master '" + a.location() + "' did not run a job within "
                    + timeout + " s. Check that it is running and reachable, or give it longer: WITH (timeout = seconds).");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "Cannot start Spark on master '" + a.location() + "': "
                    + cause.getMessage() + ". Masters look like local[2], spark://host:7077 or yarn.", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PqlException(ErrorCode.CANCELLED, "Starting Spark was interrupted.");
        } finally {
            starter.shutdownNow();
        }
    }

    /** Makes each file under the source's folder a table of its Spark database (idempotent, cheap when done). */
    private static void register(SparkSession s, Attachment a) {
        if (inCatalog(a)) {
            return; // Spark's catalog has the tables already
        }
        String db = database(a);
        s.sql("CREATE DATABASE IF NOT EXISTS " + db);
        java.util.Set<String> known = new java.util.HashSet<>(names(s, a));
        Path folder = Path.of(a.options().get("files"));
        try (var entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String file = p.getFileName().toString();
                String format = format(p);
                String table = file.contains(".") && !Files.isDirectory(p) ? file.substring(0, file.lastIndexOf('.')) : file;
                if (format == null || file.startsWith(".") || file.startsWith("_")
                        || known.contains(table.toLowerCase(Locale.ROOT)) || !table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    continue;
                }
                Map<String, String> options = new HashMap<>();
                if (format.equals("csv")) {
                    options.put("header", "true");
                    options.put("inferSchema", "true");
                }
                options.put("path", p.toUri().toString());
                s.catalog().createTable(db + "." + quote(table), format, options);
            }
        } catch (IOException e) {
            throw new PqlException(ErrorCode.OBJECT_NOT_FOUND, "Cannot list the files of source " + a.name() + " ("
                    + folder + "): " + e.getMessage() + ". Check that the folder exists and can be read.", e);
        }
    }

    /** The format of a file or folder of the source, or null when it is not a table. */
    private static String format(Path p) throws IOException {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(p)) {
            try (var parts = Files.list(p)) {
                return parts.anyMatch(x -> x.getFileName().toString().endsWith(".parquet")) ? "parquet" : null;
            }
        }
        for (String f : FORMATS) {
            if (name.endsWith("." + f)) {
                return f;
            }
        }
        return null;
    }

    private static List<String> names(SparkSession s, Attachment a) {
        List<String> names = new ArrayList<>();
        try {
            for (org.apache.spark.sql.catalog.Table t : s.catalog().listTables(a.name().toLowerCase(Locale.ROOT))
                    .collectAsList()) {
                if (!t.isTemporary()) {
                    names.add(t.name());
                }
            }
        } catch (org.apache.spark.sql.AnalysisException e) {
            return names; // no database yet: no tables
        }
        return names;
    }

    /** The Spark database of a source: the source's name, so queries that name it run in Spark as written. */
    private static String database(Attachment a) {
        return quote(a.name().toLowerCase(Locale.ROOT));
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public synchronized void close() {
        if (spark != null && owner) {
            spark.stop();
            // The next SparkSession.builder() in this JVM must start afresh, not hand back the stopped one.
            SparkSession.clearDefaultSession();
            SparkSession.clearActiveSession();
        }
        spark = null;
    }
}
