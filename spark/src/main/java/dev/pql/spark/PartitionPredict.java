package dev.pql.spark;

import dev.pql.exec.DetachedPredict;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * What each Spark task runs: loads the model version from the database's model folder (a path every
 * executor can read: local, NFS or a mounted lake) and scores its partition through the engine's
 * PREDICT path in batches, streaming. The model is read once per partition, not per row; a task
 * that fails is retried by Spark on another executor, and scoring is deterministic, so a retry
 * gives the same rows.
 */
final class PartitionPredict implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String models;
    private final String statement;
    private final StructType given;
    private final StructType answer;

    PartitionPredict(Path models, String statement, StructType given, StructType answer) {
        this.models = models.toString();
        this.statement = statement;
        this.given = given;
        this.answer = answer;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            return java.util.Collections.emptyIterator(); // an empty partition loads no model
        }
        DetachedPredict predict = DetachedPredict.open(Path.of(models), statement);
        try {
            return SparkRows.rows(predict.run(SparkRows.resultSet(given, rows)), answer, predict);
        } catch (RuntimeException e) {
            predict.close();
            throw e;
        }
    }
}
