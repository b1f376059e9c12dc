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
    private final Role role;
    private final int timeoutSeconds;
    private final Connection store;
    private final SqlLayer sql;
    private final PredictTables predicts;
    /**
     * The warnings of the last statement admitted, for SHOW WARNINGS: Avatica's protocol has no
     * place for SQLWarnings, so this is how they reach remote clients (PQL's remote driver asks for
     * them when a statement's getWarnings() is called). Volatile: the server may run a connection's
     * requests on different threads.
     */
    private volatile List<String> lastWarnings = List.of();

    /**
     * @param role the remote user's role when the statements come over the network (PQL's server),
     *     which decides what they may do (see {@link Access}); null for local use, with every power
     * @param timeoutSeconds the longest a statement may run (0: no limit), from the role's settings
     * @param store the session's own connection to the embedded store: plain SQL and the queries
     *     of PQL statements run on it, so they see the session's uncommitted changes
     */
    public Session(Engine engine, String user, Role role, int timeoutSeconds, Connection store) {
        this.engine = engine;
        this.user = user;
        this.role = role;
        this.timeoutSeconds = timeoutSeconds;
        this.store = store;
        this.predicts = new PredictTables(this);
        PqlSchema pql = new PqlSchema(engine.models(), engine.catalog(), engine.jobs());
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
            public String statementTable(String predict) {
                return predicts.register(predict);
            }
        }, role == null);
    }

    public Engine engine() {
        return engine;
    }

    public String user() {
        return user;
    }

    /** The remote user's role; null for local use. */
    public Role role() {
        return role;
    }

    /** The longest a statement of this session may run, in seconds; 0 for no limit. */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /**
     * Refuses (42501) what this session may not run, before anything runs: the role's rights, and
     * for remote sessions every path a statement names, confined to folders under the data
     * directory. Returns the statement to run (with such paths resolved).
     */
    public Ast.Statement admit(Ast.Statement stmt, String text) {
        if (!(stmt instanceof Ast.ShowWarnings)) {
            lastWarnings = List.of();
        }
        try {
            Access.check(role, user, stmt, text);
            return role == null ? stmt : Confinement.confine(stmt, engine.store().dataDir());
        } catch (PqlException e) {
            audit(stmt, "refused", e.code().sqlState(), -1);
            throw e;
        }
    }

    /**
     * One audit line for a remote statement: who, what, and how it ended ({@code refused} here,
     * {@code ok} or {@code error} from the front end that ran it). Never the statement's text,
     * which may hold a password.
     */
    public void audit(Ast.Statement stmt, String outcome, String sqlState, long rows) {
        if (role != null) {
            engine.audit().record(user, role.word(), Access.statementName(stmt), modelOf(stmt), rows, outcome, sqlState);
        }
    }

    private static String modelOf(Ast.Statement stmt) {
        for (java.lang.reflect.RecordComponent c : stmt.getClass().getRecordComponents()) {
            if (c.getType() == Ast.Name.class && (c.getName().equals("model") || c.getName().equals("name"))) {
                try {
                    Object n = c.getAccessor().invoke(stmt);
                    return n == null ? null : n.toString();
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        if (stmt instanceof Ast.Predict p && p.model() != null) {
            return p.model().text();
        }
        return null;
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
    public ExecResult execute(Ast.Statement given, String text, Consumer<TrainingProgress> progress,
            BooleanSupplier cancelled) {
        Ast.Statement stmt = admit(given, text);
        if (stmt instanceof Ast.Sql plain) {
            return plainSql(plain, text, progress);
        }
        ExecResult result = StatementKinds.of(stmt).runner().run(this, stmt, text, progress, cancelled);
        if (!(stmt instanceof Ast.ShowWarnings)) {
            lastWarnings = result.warnings();
        }
        return result;
    }

    /** SHOW WARNINGS: level, sqlstate and message of each warning of the last statement, as MySQL answers it. */
    ExecResult warnings() {
        Rows rows = new Rows().text("level").text("sqlstate").text("message");
        for (String w : lastWarnings) {
            rows.add("Warning", ErrorCode.WARNING.sqlState(), w);
        }
        return ExecResult.rows(rows.build(), List.of());
    }

    /** The columns a PREDICT answers, without scoring a row (for getMetaData() before execution). */
    public java.sql.ResultSet describe(Ast.Predict p) {
        return new PredictCommand(this).describe(p, false);
    }

    /** Plain SQL: on the store as H2 runs it, or planned by Calcite when it reaches past the store. */
    private ExecResult plainSql(Ast.Sql plain, String text, Consumer<TrainingProgress> progress) {
        if (sql.needsCalcite(plain)) {
            DistributedJob job = new DistributedJob(this, text, progress);
            try {
                SqlResult r = sql.execute(plain, job);
                job.finish(null);
                return r.rows() != null ? ExecResult.rows(r.rows(), List.of()) : ExecResult.count(r.count());
            } catch (RuntimeException e) {
                job.finish(e);
                throw e;
            }
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
