package dev.pql.exec;

import dev.pql.data.SqlLayer;
import dev.pql.data.SqlResult;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import dev.pql.train.TrainingProgress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.calcite.schema.Schema;

/**
 * One user's connection to a database: the one door every statement enters by. It knows the
 * database, the user, and the session's own store connection and query planner; each statement
 * brings its own cancel flag and progress listener. Nothing here is static or thread-bound, so two
 * databases open in one JVM never see each other's models.
 */
public final class Session implements AutoCloseable {
    private final Engine engine;
    private final String user;
    private final boolean remote;
    private final Connection store;
    private final SqlLayer sql;
    private final PredictTables predicts;

    /**
     * @param remote whether the statements come over the network (PQL's server): such a session may
     *     not attach or detach sources, which would reach the server's files and network
     * @param store the session's own connection to the embedded store: plain SQL and the queries
     *     of PQL statements run on it, so they see the session's uncommitted changes
     */
    public Session(Engine engine, String user, boolean remote, Connection store) {
        this.engine = engine;
        this.user = user;
        this.remote = remote;
        this.store = store;
        this.predicts = new PredictTables(this);
        PqlSchema pql = new PqlSchema(engine.models(), engine.catalog());
        this.sql = new SqlLayer(engine.catalog(), store, new SqlLayer.EngineSchemas() {
            @Override
            public Map<String, Schema> schemas() {
                return Map.of(SystemTables.SCHEMA, pql, PredictTables.SCHEMA, predicts);
            }

            @Override
            public Set<String> names() {
                return Set.of(SystemTables.SCHEMA);
            }

            @Override
            public String predictTable(String predict) {
                return predicts.register(predict);
            }
        });
    }

    public Engine engine() {
        return engine;
    }

    public String user() {
        return user;
    }

    public SqlLayer sql() {
        return sql;
    }

    public ModelStore models() {
        return engine.models();
    }

    /** Whether plain SQL must be planned by Calcite (it reaches a source, pql or a PREDICT) rather than run on H2. */
    public boolean needsCalcite(Ast.Sql plain) {
        return sql.needsCalcite(plain);
    }

    /** Runs one statement; {@code text} is its source, kept as provenance. */
    public ExecResult execute(Ast.Statement stmt, String text, Consumer<TrainingProgress> progress,
            BooleanSupplier cancelled) {
        if (stmt instanceof Ast.Sql plain) {
            return plainSql(plain);
        } else if (stmt instanceof Ast.CreateModel c) {
            return new CreateModelCommand(this).run(c, text, progress, cancelled);
        } else if (stmt instanceof Ast.Predict p) {
            return new PredictCommand(this).run(p);
        } else if (stmt instanceof Ast.Evaluate e) {
            return new EvaluateCommand(this).run(e);
        } else if (stmt instanceof Ast.ShowModels) {
            return CatalogCommands.showModels(models());
        } else if (stmt instanceof Ast.DescribeModel d) {
            return CatalogCommands.describe(models(), d);
        } else if (stmt instanceof Ast.DropModel d) {
            return CatalogCommands.drop(models(), d);
        } else if (stmt instanceof Ast.Retrain r) {
            return new RetrainCommand(this).run(r, text, progress, cancelled);
        } else if (stmt instanceof Ast.Explain x) {
            return new ExplainCommand(this).run(x);
        } else if (stmt instanceof Ast.ShowConfig c) {
            return c.paths() ? ConfigCommands.configPaths(models(), c) : ConfigCommands.showConfig(models(), c);
        } else if (stmt instanceof Ast.DiffModel d) {
            return ConfigCommands.diff(models(), d);
        } else if (stmt instanceof Ast.ShowTrainingLog l) {
            return TrainingLogCommand.run(models(), l);
        } else if (stmt instanceof Ast.ShowConfusionMatrix m) {
            return new DiagnosticsCommand(this).confusionMatrix(m);
        } else if (stmt instanceof Ast.ShowCalibration c) {
            return new DiagnosticsCommand(this).calibration(c);
        } else if (stmt instanceof Ast.ShowFeatureImportance f) {
            return new DiagnosticsCommand(this).featureImportance(f);
        } else if (stmt instanceof Ast.AlterModel a) {
            return CatalogCommands.alter(models(), a);
        } else if (stmt instanceof Ast.ExportModel x) {
            return CatalogCommands.export(models(), x);
        } else if (stmt instanceof Ast.ImportModel i) {
            return CatalogCommands.importModel(models(), i);
        } else if (remote && (stmt instanceof Ast.Attach || stmt instanceof Ast.Detach)) {
            throw new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "ATTACH and DETACH are not allowed over the "
                    + "network: a source reaches the server's files and network with the server's rights. Attach it "
                    + "on the server's machine (pql on the data folder); remote users can then query it.");
        } else if (stmt instanceof Ast.Attach a) {
            return SourceCommands.attach(engine.catalog(), a, Set.of(SystemTables.SCHEMA, PredictTables.SCHEMA));
        } else if (stmt instanceof Ast.Detach d) {
            return SourceCommands.detach(engine.catalog(), d);
        } else if (stmt instanceof Ast.ShowSources) {
            return SourceCommands.show(engine.catalog());
        }
        throw new PqlException(ErrorCode.NOT_SUPPORTED, stmt.getClass().getSimpleName()
                + " statements parse, but PQL does not run them yet.");
    }

    /** The columns a PREDICT answers, without scoring a row (for getMetaData() before execution). */
    public java.sql.ResultSet describe(Ast.Predict p) {
        return new PredictCommand(this).describe(p, false);
    }

    /** Plain SQL: on the store as H2 runs it, or planned by Calcite when it reaches past the store. */
    private ExecResult plainSql(Ast.Sql plain) {
        if (sql.needsCalcite(plain)) {
            SqlResult r = sql.execute(plain);
            return r.rows() != null ? ExecResult.rows(r.rows(), List.of()) : ExecResult.count(r.count());
        }
        try {
            Statement s = store.createStatement();
            if (s.execute(plain.sql())) {
                s.closeOnCompletion();
                return ExecResult.rows(s.getResultSet(), List.of());
            }
            long count = s.getLargeUpdateCount();
            s.close();
            return ExecResult.count(count);
        } catch (SQLException e) {
            throw new StoreSqlException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        sql.close();
    }
}
