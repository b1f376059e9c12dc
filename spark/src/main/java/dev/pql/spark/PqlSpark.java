package dev.pql.spark;

import dev.pql.exec.DetachedPredict;
import dev.pql.registry.ModelStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
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
