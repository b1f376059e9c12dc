package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import dev.pql.registry.LoadedModel;
import dev.pql.registry.ModelStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import dev.pql.config.FeatureConfig;

/**
 * PREDICT over rows that come from elsewhere, with no session and no store: what a Spark executor
 * runs for each partition (pql-spark). It reads only the model's version folder, and scores through
 * the engine's own PREDICT path (PredictionRows, in batches), so its answers are the engine's.
 * Each instance holds one loaded model version; close it to free the network's memory.
 */
public final class DetachedPredict implements AutoCloseable {
    private final LoadedModel model;
    private final Ast.Predict predict;

    private DetachedPredict(LoadedModel model, Ast.Predict predict) {
        this.model = model;
        this.predict = predict;
    }

    /**
     * @param models the database's model folder ({@code <db>/models})
     * @param statement a PREDICT statement; its GIVEN part is ignored (the rows are passed to {@link #run})
     */
    public static DetachedPredict open(Path models, String statement) {
        return open(models, parse(statement));
    }

    private static DetachedPredict open(Path models, Ast.Predict p) {
        return new DetachedPredict(ModelResolver.resolve(ModelStore.reader(models), p), p);
    }

    /** The PREDICT statement in {@code text}; 42000 when it is anything else. */
    private static Ast.Predict parse(String text) {
        if (StatementParser.parse(text) instanceof Ast.Predict p) {
            return p;
        }
        throw new PqlException(ErrorCode.SYNTAX_ERROR, "Expected a PREDICT statement, got: " + text);
    }

    /** The columns the PREDICT answers over GIVEN columns {@code given}, without scoring a row. */
    public ResultSetMetaData columns(ResultSetMetaData given) {
        return PredictCommand.describe(PredictionColumns.of(model, predict), given, false).getMetaData();
    }

    /**
     * The input features that GIVEN columns {@code given} have no column for (found by column, else
     * by feature name, as PREDICT finds them); PREDICT fills those by their missing-value strategy.
     */
    public List<FeatureConfig> unmatched(ResultSetMetaData given) throws SQLException {
        List<FeatureConfig> out = new ArrayList<>();
        for (FeatureConfig f : model.config().inputFeatures()) {
            if (PredictionRows.find(given, f) < 0) {
                out.add(f);
            }
        }
        return out;
    }

    /** The model version this scores with, as {@code name VERSION n}. */
    public String model() {
        return model.name() + " VERSION " + model.version();
    }

    /** The GIVEN rows with the prediction columns appended, scored in batches as the result is read. */
    public ResultSet run(ResultSet given) {
        return PredictCommand.over(model, predict, given, false).resultSet();
    }

    @Override
    public void close() {
        model.close();
    }
}
