package dev.pql.exec;

import dev.pql.data.SqlLayer;
import dev.pql.data.Store;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import dev.pql.train.EpochLog;
import dev.pql.train.TrainingProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One PQL database: the embedded store, the SQL layer over it and the model registry. Executes
 * PQL statements; plain SQL is run by the front end on the store directly.
 */
public final class Engine implements AutoCloseable {
    private final Store store;
    private final SqlLayer sql;
    private final ModelStore models;
    /** The database's training jobs (queued, running, recently finished): the pql.jobs view's rows. */
    private final Jobs jobs = new Jobs();

    /** Open engines by their store's H2 URL, so table functions running inside H2 find theirs. */
    private static final Map<String, Engine> OPEN = new java.util.concurrent.ConcurrentHashMap<>();
    /** The engine whose SQL is running on this thread (H2 asks functions for columns without saying which). */
    private static final ThreadLocal<Engine> CURRENT = new ThreadLocal<>();

    public Engine(Store store) {
        this.store = store;
        this.sql = new SqlLayer(store);
        this.models = new ModelStore(store.modelDir());
        try (java.sql.Connection c = store.connect()) {
            SystemTables.install(c, key(store.dataSource().getURL()));
        } catch (java.sql.SQLException e) {
            throw SystemTables.unavailable("install", e);
        }
        OPEN.put(key(store.dataSource().getURL()), this);
    }

    private static String key(String h2Url) {
        int semicolon = h2Url.indexOf(';');
        return semicolon < 0 ? h2Url : h2Url.substring(0, semicolon);
    }

    /** The engine of an H2 connection URL, or null. */
    static Engine forStore(String h2Url) {
        return OPEN.get(key(h2Url));
    }

    /**
     * Runs plain SQL with this engine as the thread's current one, so PQL embedded in it
     * ({@code SELECT ... FROM (PREDICT ...)}) is answered by the right database.
     */
    public <T> T inScope(java.util.concurrent.Callable<T> sqlCall) throws java.sql.SQLException {
        Engine previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return sqlCall.call();
        } catch (java.sql.SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new java.sql.SQLException(e.getMessage(), ErrorCode.INTERNAL_ERROR.sqlState(), e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The engine running SQL on this thread; else the only open one; else null. */
    static Engine current() {
        Engine e = CURRENT.get();
        if (e == null && OPEN.size() == 1) {
            e = OPEN.values().iterator().next();
        }
        return e;
    }

    public Store store() {
        return store;
    }

    SqlLayer sql() {
        return sql;
    }

    public ModelStore models() {
        return models;
    }

    /** The training jobs of this database. */
    public Jobs jobs() {
        return jobs;
    }

    /** Runs one PQL statement; {@code text} is its source, kept as provenance. */
    public ExecResult execute(Ast.Statement stmt, String text, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        if (stmt instanceof Ast.CreateModel c) {
            return new CreateModelCommand(this).run(c, text, progress, cancelled);
        } else if (stmt instanceof Ast.Predict p) {
            return new PredictCommand(this).run(p);
        } else if (stmt instanceof Ast.Evaluate e) {
            return new EvaluateCommand(this).run(e);
        } else if (stmt instanceof Ast.ShowModels) {
            return CatalogCommands.showModels(models);
        } else if (stmt instanceof Ast.DescribeModel d) {
            return CatalogCommands.describe(models, d);
        } else if (stmt instanceof Ast.DropModel d) {
            return CatalogCommands.drop(models, d);
        } else if (stmt instanceof Ast.Retrain r) {
            return new RetrainCommand(this).run(r, text, progress, cancelled);
        } else if (stmt instanceof Ast.Explain x) {
            return new ExplainCommand(this).run(x);
        } else if (stmt instanceof Ast.ShowConfig c) {
            return c.paths() ? ConfigCommands.configPaths(models, c) : ConfigCommands.showConfig(models, c);
        } else if (stmt instanceof Ast.DiffModel d) {
            return ConfigCommands.diff(models, d);
        } else if (stmt instanceof Ast.ShowTrainingLog l) {
            return TrainingLogCommand.run(models, l);
        } else if (stmt instanceof Ast.ShowConfusionMatrix m) {
            return new DiagnosticsCommand(this).confusionMatrix(m);
        } else if (stmt instanceof Ast.ShowCalibration c) {
            return new DiagnosticsCommand(this).calibration(c);
        } else if (stmt instanceof Ast.ShowFeatureImportance f) {
            return new DiagnosticsCommand(this).featureImportance(f);
        } else if (stmt instanceof Ast.AlterModel a) {
            return CatalogCommands.alter(models, a);
        } else if (stmt instanceof Ast.ExportModel x) {
            return CatalogCommands.export(models, x);
        } else if (stmt instanceof Ast.ImportModel i) {
            return CatalogCommands.importModel(models, i);
        }
        throw new PqlException(ErrorCode.NOT_SUPPORTED, stmt.getClass().getSimpleName()
                + " statements parse, but PQL does not run them yet.");
    }

    /** The error for a statement that parses but is not implemented yet. */
    static PqlException notYet(String what) {
        return new PqlException(ErrorCode.NOT_SUPPORTED, what + " is not implemented by PQL yet.");
    }

    /** Library versions recorded with every model version. */
    static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("pql", String.valueOf(Engine.class.getPackage().getImplementationVersion()));
        v.put("djl", String.valueOf(ai.djl.engine.Engine.class.getPackage().getImplementationVersion()));
        v.put("pytorch", dev.pql.model.Engines.pytorch().getVersion());
        v.put("java", System.getProperty("java.version"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return v;
    }

    @Override
    public void close() throws Exception {
        OPEN.remove(key(store.dataSource().getURL()), this);
        sql.close();
        store.close();
    }
}
