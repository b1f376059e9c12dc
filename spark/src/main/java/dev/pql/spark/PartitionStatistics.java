package dev.pql.spark;

import dev.pql.features.stats.FeatureStatistics;
import dev.pql.features.stats.TrainingStatistics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * What each Spark task runs for CREATE MODEL's statistics: reads its partition's rows as the engine
 * reads Spark rows (the same values the driver would get), in batches, folds them into each
 * feature's mergeable statistics with the engine's own code ({@link TrainingStatistics}), and sends
 * one list of statistics to the driver, which merges the partitions' lists. No row leaves the task.
 */
final class PartitionStatistics implements FlatMapFunction<Iterator<Row>, List<FeatureStatistics>> {
    private static final long serialVersionUID = 1L;
    /** Rows folded at a time: bounds a task's memory beyond its statistics. */
    private static final int BATCH = 8192;
    private final String config;
    private final StructType schema;
    private final int limit;

    PartitionStatistics(String config, StructType schema, int limit) {
        this.config = config;
        this.schema = schema;
        this.limit = limit;
    }

    @Override
    public Iterator<List<FeatureStatistics>> call(Iterator<Row> rows) throws SQLException {
        List<String> columns = List.of(schema.fieldNames());
        TrainingStatistics statistics = new TrainingStatistics(TrainingStatistics.fromJson(config), columns, limit);
        List<FeatureStatistics> merged = statistics.accumulate(List.of()); // a partition without rows counts nothing
        try (ResultSet rs = SparkRows.resultSet(schema, rows)) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            boolean more = true;
            while (more) {
                more = rs.next();
                if (more) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    batch.add(row);
                }
                if (batch.size() == BATCH || (!more && !batch.isEmpty())) {
                    merged = TrainingStatistics.merge(merged, statistics.accumulate(batch));
                    batch.clear();
                }
            }
        }
        return List.of(merged).iterator();
    }
}
