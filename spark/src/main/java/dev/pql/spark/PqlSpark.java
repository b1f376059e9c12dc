package dev.pql.spark;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.exec.DetachedPredict;
import dev.pql.registry.ModelStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * PQL for Spark users who never open PQL: score a DataFrame with a model of a PQL database, inside
 * Spark's executors. The answer is the rows with the prediction columns appended, as PREDICT
 * answers them ({@code <target>}, {@code <target>_probability} with confidence, ...).
 * <pre>
 *   Dataset&lt;Row&gt; scored = PqlSpark.predict(customers, "/data/pqldb", "churn");
 *   Dataset&lt;Row&gt; custom = PqlSpark.predictWith(customers, "/data/pqldb",
 *       "PREDICT churned WITH PROBABILITIES USING churn VERSION 3");
 * </pre>
 * The database folder must be readable by every executor (a shared path); only its model folder is
 * read, never its store, so the PQL process that owns the database may keep running.
 */
public final class PqlSpark {
    private PqlSpark() {
    }

    /** Every output of {@code model} (its active version), with confidence. */
    public static Dataset<Row> predict(Dataset<Row> rows, String database, String model) {
        Path models = models(database);
        ModelStore store = ModelStore.reader(models);
        String targets = store.config(model, store.resolve(model, null)).outputFeatures().stream()
                .map(f -> '"' + f.name().replace("\"", "\"\"") + '"').collect(Collectors.joining(", "));
        return predictWith(rows, database, "PREDICT " + targets + " WITH CONFIDENCE USING " + model);
    }

    /**
     * A PREDICT statement of your own (targets, WITH CONFIDENCE / PROBABILITIES / EXPLANATION,
     * USING m VERSION n); its GIVEN part may be left out: the rows are {@code rows}.
     */
    public static Dataset<Row> predictWith(Dataset<Row> rows, String database, String predict) {
        return predictWith(rows, models(database), predict);
    }

    static Dataset<Row> predictWith(Dataset<Row> rows, Path models, String predict) {
        String statement = withGiven(predict);
        StructType given = rows.schema();
        StructType answer;
        try (DetachedPredict p = DetachedPredict.open(models, statement)) { // checked once, on the driver
            requireColumns(p, given);
            answer = SparkRows.schema(p.columns(SparkRows.columns(given).getMetaData()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // Scoring is CPU work per row: a small input read as one partition (a file under Spark's 128 MB
        // split size) would use one core of many. Spread it over the cores first; a shuffle of the rows
        // costs less than the scoring it parallelises. Inputs with enough partitions are left as they are.
        int cores = rows.sparkSession().sparkContext().defaultParallelism();
        Dataset<Row> spread = rows.rdd().getNumPartitions() < cores ? rows.repartition(cores) : rows;
        return spread.mapPartitions(new PartitionPredict(models, statement, given, answer), Encoders.row(answer));
    }

    /**
     * Registers Spark SQL functions that score one row with a model of the database at {@code database}:
     * <pre>
     *   SELECT id, pql_predict('churn', struct(*)) AS churned FROM customers
     *   SELECT * FROM customers WHERE pql_predict_confidence('churn VERSION 3', struct(*)) &gt; 0.9
     * </pre>
     * {@code pql_predict} answers the model's first output as text (cast it: {@code CAST(... AS DOUBLE)}),
     * {@code pql_predict_confidence} its probability (null for a number output). The struct holds the
     * GIVEN columns by name. Each task loads the model once; for many rows, {@link #predict} scores in
     * batches and answers every output at once.
     */
    public static void register(SparkSession spark, String database) {
        Path models = models(database);
        spark.udf().register("pql_predict", new PredictFunction(models, false), DataTypes.StringType);
        spark.udf().register("pql_predict_confidence", new PredictFunction(models, true), DataTypes.DoubleType);
    }

    /**
     * Every input feature must have a column: the embedded PREDICT fills a missing one by its
     * missing-value strategy and warns, but a warning from Spark's executors would reach no one, and
     * a whole column filled is more often a mistake than a wish. Refused here, on the driver, with
     * 42S22 before any task runs; selecting {@code NULL AS city} fills it on purpose.
     */
    static void requireColumns(DetachedPredict p, StructType given) throws SQLException {
        List<FeatureConfig> absent = p.unmatched(SparkRows.columns(given).getMetaData());
        if (absent.isEmpty()) {
            return;
        }
        FeatureConfig f = absent.get(0);
        throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "PREDICT in Spark with model " + p.model() + ": feature '"
                + f.name() + "' reads column '" + f.column() + "', which the rows do not have"
                + (absent.size() > 1 ? " (nor " + absent.subList(1, absent.size()).stream().map(FeatureConfig::column)
                        .collect(Collectors.joining(", ")) + ")" : "") + "; their columns are "
                + String.join(", ", given.fieldNames()) + ". Select it, or select NULL AS " + f.column()
                + " to fill it by its missing_value_strategy.");
    }

    /** The grammar wants a GIVEN part; the rows come from Spark, so a placeholder stands for them. */
    static String withGiven(String predict) {
        String text = predict.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        return java.util.regex.Pattern.compile("\\bGIVEN\\b", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(text).find() ? text : text + " GIVEN SELECT 1";
    }

    static Path models(String database) {
        return Path.of(database).toAbsolutePath().resolve("models");
    }
}
