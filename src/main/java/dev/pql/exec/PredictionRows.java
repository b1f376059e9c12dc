package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.registry.LoadedModel;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.h2.tools.SimpleRowSource;

/**
 * Streams predictions: reads a batch of GIVEN rows, scores it in one forward pass, hands the rows
 * out one by one, then reads the next batch. Memory stays at one batch whatever the row count.
 */
final class PredictionRows implements SimpleRowSource {
    private final LoadedModel model;
    private final ResultSet given;
    private final int batchSize;
    private final int givenColumns;
    private final int[] featureColumns;
    private final List<String> missing = new ArrayList<>();
    private final Deque<Object[]> ready = new ArrayDeque<>();
    /** One per PREDICT target, in the order named. */
    private final List<PredictionColumns> outputs;
    private boolean exhausted;
    /** The drift warning of the first batch, or null: the first batch stands for the GIVEN rows. */
    private String driftWarning;
    private boolean checkedDrift;
    /** NaN or infinite values seen so far, per input feature (they are treated as missing). */
    private final int[] nonFinite;

    PredictionRows(LoadedModel model, ResultSet given, List<PredictionColumns> outputs, int batchSize) throws SQLException {
        this.model = model;
        this.outputs = outputs;
        this.given = given;
        this.batchSize = batchSize;
        ResultSetMetaData md = given.getMetaData();
        givenColumns = md.getColumnCount();
        List<FeatureConfig> inputs = model.config().inputFeatures();
        featureColumns = new int[inputs.size()];
        nonFinite = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            featureColumns[i] = find(md, inputs.get(i));
            if (featureColumns[i] < 0) {
                missing.add(inputs.get(i).name());
            }
        }
    }

    List<String> missingFeatures() {
        return missing;
    }

    /**
     * Reads and scores the first batch now, so that bad input (22018) fails the statement itself
     * and the warnings about the first batch can go with its result.
     */
    void prime() throws SQLException {
        if (ready.isEmpty() && !exhausted) {
            fill();
        }
    }

    /** Warnings about the rows read so far: NaN or infinite numbers treated as missing. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        List<FeatureConfig> inputs = model.config().inputFeatures();
        for (int i = 0; i < inputs.size(); i++) {
            String w = dev.pql.features.NumberProcessor.nonFiniteWarning(inputs.get(i), nonFinite[i],
                    exhausted ? "the GIVEN rows" : "the first " + batchSize + " GIVEN rows");
            if (w != null) {
                out.add(w);
            }
        }
        if (driftWarning != null) {
            out.add(driftWarning);
        }
        return out;
    }

    /** The GIVEN column of a feature: by its data column, else by its name; -1 when absent. */
    static int find(ResultSetMetaData md, FeatureConfig f) throws SQLException {
        for (String wanted : List.of(f.column(), f.name())) {
            for (int c = 1; c <= md.getColumnCount(); c++) {
                if (md.getColumnLabel(c).toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                    return c - 1;
                }
            }
        }
        return -1;
    }

    @Override
    public Object[] readRow() throws SQLException {
        if (ready.isEmpty() && !exhausted) {
            fill();
        }
        return ready.poll();
    }

    private void fill() throws SQLException {
        List<Object[]> rows = new ArrayList<>(batchSize);
        while (rows.size() < batchSize && given.next()) {
            Object[] row = new Object[givenColumns];
            for (int c = 0; c < givenColumns; c++) {
                row[c] = given.getObject(c + 1);
            }
            rows.add(row);
        }
        if (rows.size() < batchSize) {
            exhausted = true;
        }
        if (rows.isEmpty()) {
            return;
        }
        List<List<Object>> columns = new ArrayList<>();
        for (int f = 0; f < featureColumns.length; f++) {
            int column = featureColumns[f];
            List<Object> values = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                values.add(column < 0 ? null : row[column]);
            }
            if (model.config().inputFeatures().get(f).type() == dev.pql.config.FeatureType.NUMBER) {
                nonFinite[f] += dev.pql.features.NumberProcessor.countNonFinite(values);
            }
            columns.add(values);
        }
        if (!checkedDrift) {
            checkedDrift = true;
            driftWarning = DriftCommand.warning(model, columns, missing, rows.size());
        }
        try {
            List<float[][]> scores = model.scoreAll(columns); // every output in one pass
            List<List<String>> explanations = new ArrayList<>();
            for (PredictionColumns o : outputs) {
                float[][] own = scores.get(o.model().outputIndex());
                explanations.add(o.explanation() ? Explanations.explain(o.model(), columns, own) : null);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> out = new ArrayList<>(java.util.Arrays.asList(rows.get(r))); // GIVEN values may be NULL
                for (int t = 0; t < outputs.size(); t++) {
                    PredictionColumns o = outputs.get(t);
                    o.append(out, scores.get(o.model().outputIndex())[r],
                            explanations.get(t) == null ? null : explanations.get(t).get(r));
                }
                ready.add(out.toArray());
            }
        } catch (PqlException e) {
            throw new SQLException(e.getMessage(), e.code().sqlState(), e); // bad input keeps its SQLSTATE (22018)
        } catch (RuntimeException e) {
            throw new SQLException("Prediction failed: " + e.getMessage(), ErrorCode.INTERNAL_ERROR.sqlState(), e);
        }
    }

    @Override
    public void close() {
        try {
            given.close();
        } catch (SQLException ignored) {
            // closing a finished query: nothing to recover
        }
    }

    @Override
    public void reset() throws SQLException {
        throw new SQLException("PREDICT results are forward-only", ErrorCode.NOT_SUPPORTED.sqlState());
    }
}
