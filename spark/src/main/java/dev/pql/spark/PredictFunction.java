package dev.pql.spark;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.exec.DetachedPredict;
import dev.pql.registry.ModelStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.StructType;

/**
 * Spark SQL's {@code pql_predict('churn', struct(*))} and {@code pql_predict_confidence(...)}: the
 * first output's prediction (as text) or its confidence for one row, scored through the engine's
 * PREDICT path like {@link PartitionPredict}, so the answers are the same.
 * <p>
 * Why no static cache: Spark gives every task its own copy of this function (deserialised with the
 * task), so the models it loads live in that copy: each task loads a model version once (as a
 * {@link PartitionPredict} partition does) and closes it when the task ends. No state outlives the
 * task or is shared between the threads of an executor. The model argument is {@code name} or
 * {@code name VERSION n}; a bare name is the version active when the task first scores with it.
 */
final class PredictFunction implements UDF2<String, Row, Object> {
    private static final long serialVersionUID = 1L;
    private static final Pattern MODEL = Pattern.compile("\\s*(\\S+)(?:\\s+VERSION\\s+(\\d+))?\\s*",
            Pattern.CASE_INSENSITIVE);
    private final String models;
    private final boolean confidence;
    /** This task's loaded models, by the model argument as written. */
    private transient Map<String, Scorer> loaded;

    PredictFunction(Path models, boolean confidence) {
        this.models = models.toString();
        this.confidence = confidence;
    }

    @Override
    public Object call(String model, Row row) throws SQLException {
        if (model == null || row == null) {
            return null;
        }
        Scorer scorer = scorer(model, row.schema());
        try (ResultSet rs = scorer.predict.run(SparkRows.resultSet(row.schema(), List.of(row).iterator()))) {
            if (!rs.next()) {
                return null;
            }
            int first = row.schema().fields().length + 1; // the prediction follows the given columns, then its confidence
            if (!confidence) {
                Object v = rs.getObject(first);
                return v == null ? null : v.toString();
            }
            Object p = rs.getObject(first + 1);
            return p instanceof Number n ? n.doubleValue() : null;
        }
    }

    /** The task's scorer for {@code model}, loaded (and its columns checked against the struct's) on first use. */
    private Scorer scorer(String model, StructType given) throws SQLException {
        if (loaded == null) {
            loaded = new HashMap<>();
            TaskContext task = TaskContext.get();
            if (task != null) { // closes this task's models when it ends, failed or not
                task.addTaskCompletionListener(t -> {
                    loaded.values().forEach(s -> s.predict.close());
                    loaded.clear();
                });
            }
        }
        Scorer s = loaded.get(model);
        if (s == null) {
            s = Scorer.open(Path.of(models), model);
            loaded.put(model, s);
            PqlSpark.requireColumns(s.predict, given);
        }
        return s;
    }

    /** One model version ready to score, with the PREDICT of its first output. */
    private record Scorer(DetachedPredict predict) {
        static Scorer open(Path models, String model) {
            Matcher m = MODEL.matcher(model);
            if (!m.matches()) {
                throw new PqlException(ErrorCode.SYNTAX_ERROR, "pql_predict: the model is 'name' or 'name VERSION n', got '"
                        + model + "'.");
            }
            ModelStore store = ModelStore.reader(models);
            Integer version = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            int resolved = store.resolve(m.group(1), version);
            String target = store.config(m.group(1), resolved).outputFeatures().get(0).name();
            return new Scorer(DetachedPredict.open(models, "PREDICT \"" + target.replace("\"", "\"\"")
                    + "\" WITH CONFIDENCE USING " + m.group(1) + " VERSION " + resolved + " GIVEN SELECT 1"));
        }
    }
}
