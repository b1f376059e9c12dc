package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.CategoryProcessor;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * PREDICT: the GIVEN rows with the prediction appended ({@code <t>}, {@code <t>_probability},
 * {@code <t>_probabilities_<class>}). Query rows stream through in batches as the result is read.
 */
final class PredictCommand {
    static final int BATCH = 512;
    private final Engine engine;

    PredictCommand(Engine engine) {
        this.engine = engine;
    }

    ExecResult run(Ast.Predict p) {
        LoadedModel model = ModelResolver.resolve(engine.models(), p);
        ResultSet given = p.given() instanceof Ast.GivenQuery q
                ? engine.sql().query(q.sql(), q.position())
                : literalRow((Ast.GivenValues) p.given());
        try {
            PredictionRows source = new PredictionRows(model, given, BATCH);
            SimpleResultSet out = new SimpleResultSet(source);
            ResultSetMetaData md = given.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.addColumn(md.getColumnLabel(i), md.getColumnType(i), md.getPrecision(i), md.getScale(i));
            }
            addPredictionColumns(out, model, p);
            source.configure(p.withConfidence(), p.withProbabilities());
            List<String> warnings = new ArrayList<>();
            if (!source.missingFeatures().isEmpty()) {
                warnings.add("GIVEN has no column for feature(s) " + String.join(", ", source.missingFeatures())
                        + "; they were filled by their missing-value strategy.");
            }
            return ExecResult.rows(out, warnings);
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the GIVEN rows: " + e.getMessage(), e);
        }
    }

    private static void addPredictionColumns(SimpleResultSet out, LoadedModel model, Ast.Predict p) {
        FeatureConfig f = model.head().feature();
        String t = p.targets().get(0).columnName();
        switch (f.type()) {
            case CATEGORY -> out.addColumn(t, Types.VARCHAR, Integer.MAX_VALUE, 0);
            case BINARY -> out.addColumn(t, Types.BOOLEAN, 1, 0);
            default -> out.addColumn(t, Types.DOUBLE, 17, 0);
        }
        if (p.withConfidence() && f.type() != dev.pql.config.FeatureType.NUMBER) {
            out.addColumn(t + "_probability", Types.DOUBLE, 17, 0);
        }
        if (p.withProbabilities() && f.type() == dev.pql.config.FeatureType.CATEGORY) {
            for (String label : ((CategoryProcessor) model.head().processor()).labels()) {
                out.addColumn(t + "_probabilities_" + label, Types.DOUBLE, 17, 0);
            }
        } else if (p.withProbabilities() && f.type() == dev.pql.config.FeatureType.BINARY) {
            out.addColumn(t + "_probabilities_true", Types.DOUBLE, 17, 0);
        }
    }

    /** GIVEN c = v, ...: one row whose columns are the named ones. */
    private static ResultSet literalRow(Ast.GivenValues values) {
        SimpleResultSet rs = new SimpleResultSet();
        List<Object> row = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Ast.Assignment a : values.values()) {
            if (!seen.add(a.column().text().toLowerCase(java.util.Locale.ROOT))) {
                throw new PqlException(ErrorCode.SYNTAX_ERROR, "Column '" + a.column().text() + "' is given twice (at "
                        + a.column().position() + ").");
            }
            if (a.value() instanceof Ast.Parameter) {
                throw new PqlException(ErrorCode.NOT_SUPPORTED, "A '?' parameter (at " + a.column().position()
                        + ") needs a PreparedStatement; plain statements take literal values.");
            }
            Object v = a.value();
            int type = v instanceof String ? Types.VARCHAR : v instanceof Long ? Types.BIGINT
                    : v instanceof Double ? Types.DOUBLE : v instanceof Boolean ? Types.BOOLEAN : Types.VARCHAR;
            rs.addColumn(a.column().text(), type, type == Types.VARCHAR ? Integer.MAX_VALUE : 17, 0);
            row.add(v);
        }
        rs.addRow(row.toArray());
        return rs;
    }
}
