package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/**
 * PREDICT: the GIVEN rows with the prediction columns appended (see {@link PredictionColumns}).
 * Query rows stream through in batches as the result is read; literal values may be what-if grids.
 */
final class PredictCommand {
    static final int BATCH = 512;
    private final Session session;

    PredictCommand(Session session) {
        this.session = session;
    }

    ExecResult run(Ast.Predict p) {
        return run(p, false);
    }

    /**
     * @param forStore name the columns in upper case, as the store folds unquoted identifiers, so that
     *     SQL around an embedded PREDICT finds {@code p.class} and {@code p.id} however it spells them
     */
    ExecResult run(Ast.Predict p, boolean forStore) {
        LoadedModel model = ModelResolver.resolve(session.models(), p);
        ImageFolders.requireConfined(session, model.config());
        ResultSet given = p.given() instanceof Ast.GivenQuery q
                ? session.sql().query(q.sql(), q.position())
                : Grids.rows((Ast.GivenValues) p.given());
        return over(model, p, given, forStore);
    }

    /** The PREDICT over rows in hand: the GIVEN rows with the prediction columns, streamed in batches. */
    static ExecResult over(LoadedModel model, Ast.Predict p, ResultSet given, boolean forStore) {
        List<PredictionColumns> columns = PredictionColumns.of(model, p);
        try {
            PredictionRows source = new PredictionRows(model, given, columns, BATCH);
            SimpleResultSet out = new SimpleResultSet(source);
            List<String> warnings = shape(out, given.getMetaData(), columns, forStore);
            primeFirstBatch(source); // after the GIVEN metadata is read: a fully read GIVEN closes itself
            if (!source.missingFeatures().isEmpty()) {
                warnings.add("GIVEN has no column for feature(s) " + String.join(", ", source.missingFeatures())
                        + "; they were filled by their missing-value strategy.");
            }
            warnings.addAll(source.warnings());
            return ExecResult.rows(out, warnings);
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the GIVEN rows: " + e.getMessage(), e);
        }
    }

    /** Scores the first batch now: a value of the wrong type fails the statement with its own SQLSTATE. */
    private static void primeFirstBatch(PredictionRows source) {
        try {
            source.prime();
        } catch (SQLException e) {
            source.close();
            if (e.getCause() instanceof PqlException p) {
                throw p;
            }
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the GIVEN rows: " + e.getMessage(), e);
        }
    }

    /**
     * The columns a PREDICT answers, without scoring or reading a row: the GIVEN query is only
     * prepared. What a JDBC client's {@code getMetaData()} and Calcite's planner ask before running.
     */
    SimpleResultSet describe(Ast.Predict p, boolean forStore) {
        LoadedModel model = ModelResolver.resolve(session.models(), p);
        List<PredictionColumns> columns = PredictionColumns.of(model, p);
        try (ResultSet given = p.given() instanceof Ast.GivenQuery q
                ? session.sql().describe(q.sql(), q.position())
                : Grids.rows((Ast.GivenValues) p.given())) {
            return describe(columns, given.getMetaData(), forStore);
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the GIVEN columns: " + e.getMessage(), e);
        }
    }

    /** The columns a PREDICT with these prediction columns answers over GIVEN columns {@code md}. */
    static SimpleResultSet describe(List<PredictionColumns> columns, ResultSetMetaData md, boolean forStore) {
        try {
            SimpleResultSet out = new SimpleResultSet();
            shape(out, md, columns, forStore);
            return out;
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read the GIVEN columns: " + e.getMessage(), e);
        }
    }

    /** Adds the GIVEN columns, then the prediction columns; returns the warnings about their names. */
    private static List<String> shape(SimpleResultSet out, ResultSetMetaData md, List<PredictionColumns> columns,
            boolean forStore) throws SQLException {
        List<String> givenNames = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            givenNames.add(md.getColumnLabel(i));
        }
        List<String> warnings = new ArrayList<>();
        for (PredictionColumns c : columns) {
            String clash = c.avoidClashWith(givenNames);
            if (clash != null) {
                warnings.add(clash);
            }
        }
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.addColumn(PredictionColumns.name(md.getColumnLabel(i), forStore), md.getColumnType(i),
                    md.getPrecision(i), md.getScale(i));
        }
        columns.forEach(c -> c.addTo(out, forStore));
        return warnings;
    }
}
