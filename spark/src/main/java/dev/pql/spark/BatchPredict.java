package dev.pql.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A batch job for pipelines: scores a table of files with a PQL model and writes Parquet.
 * <pre>
 *   spark-submit --class dev.pql.spark.BatchPredict --jars target/pql.jar spark/target/pql-spark.jar \
 *       /data/pqldb churn /data/lake/customers.parquet /data/lake/scored [csv|json|parquet]
 * </pre>
 * Arguments: the PQL database folder (readable by every executor), the model, the input (a file or
 * folder; its format from the extension or the fifth argument), and the output folder (must not
 * exist: Spark writes it whole or not at all).
 */
public final class BatchPredict {
    private BatchPredict() {
    }

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: BatchPredict <pql database folder> <model> <input file or folder> <output folder> "
                    + "[csv|json|parquet]");
            System.exit(2);
        }
        String format = args.length > 4 ? args[4] : formatOf(args[2]);
        SparkSession spark = SparkSession.builder().appName("PQL batch predict " + args[1]).getOrCreate();
        try {
            Dataset<Row> rows = spark.read().format(format).option("header", "true").option("inferSchema", "true")
                    .load(args[2]);
            PqlSpark.predict(rows, args[0], args[1]).write().mode("errorifexists").parquet(args[3]);
        } finally {
            spark.stop();
        }
    }

    static String formatOf(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".csv") ? "csv" : p.endsWith(".json") ? "json" : "parquet";
    }
}
