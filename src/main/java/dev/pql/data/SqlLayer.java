package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.parse.Ast;
import dev.pql.parse.SqlShape;
import dev.pql.parse.StatementParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.schema.Schema;
import org.h2.tools.SimpleResultSet;

/**
 * One session's door to the data: every query enters here and is routed. A query that reads only
 * the store's own tables runs on H2 in H2's dialect, through the session's own store connection
 * (fast, it sees the session's uncommitted rows, and plain SQL keeps its answers). A query that
 * reaches an attached source, the {@code pql} schema or a PREDICT is planned by Calcite over the
 * database's root schema (see {@link Catalog}); the Calcite connection is opened on first need,
 * since it costs about a second.
 */
public final class SqlLayer implements AutoCloseable {
    public static final String DEFAULT_SCHEMA = "PUBLIC";
    private static final Pattern POSITION = Pattern.compile("From line (\\d+), column (\\d+) to line \\d+, column \\d+: ");
    private static final Pattern OBJECT_NOT_FOUND = Pattern.compile("Object '([^']+)' not found");
    private static final Pattern COLUMN_NOT_FOUND = Pattern.compile("Column '([^']+)' not found");

    /** What the engine adds to Calcite's root: its schemas, and a table for each embedded PREDICT. */
    public interface EngineSchemas {
        /** Schemas by name (the pql system schema, the PREDICT tables). */
        Map<String, Schema> schemas();

        /** The schema names a query must reach through Calcite, upper case. */
        Set<String> names();

        /** A table reference (quoted, qualified) that answers this PREDICT's rows. */
        String statementTable(String predict);
    }

    private final Catalog catalog;
    private final Connection store;
    private final EngineSchemas engine;
    private Connection calcite;
    private final CalcitePlans plans = new CalcitePlans();
    private long calciteChanges;
    private final boolean pushDown;

    /**
     * @param pushDown whether a query may be handed whole to a source that answers it where its data
     *     is (Spark). False for remote sessions: such a source's own dialect can reach files and run
     *     code (Spark SQL's {@code csv.`/path`}, {@code reflect(...)}), which PQL's guard does not
     *     know, so their queries are planned by Calcite, which names only the tables it was given.
     */
    public SqlLayer(Catalog catalog, Connection store, EngineSchemas engine, boolean pushDown) {
        this.catalog = catalog;
        this.store = store;
        this.engine = engine;
        this.pushDown = pushDown;
    }

    /** Whether a statement needs Calcite: it has a PREDICT as a table, or names an attached source or pql. */
    public boolean needsCalcite(Ast.Sql sql) {
        if (!sql.embedded().isEmpty()) {
            return true;
        }
        if (sql.sql().indexOf('.') < 0) {
            return false; // nothing is qualified: only the store's own tables (the common case, kept cheap)
        }
        SqlShape shape = SqlShape.of(sql.sql());
        Set<String> qualifiers = shape.qualifiers();
        if (qualifiers.isEmpty()) {
            return false;
        }
        // Reading statements reach pql and sources through Calcite; other statements naming a source are
        // refused there with a reason, and DDL on the store's own PQL schema (an older PQL's) stays H2's.
        boolean reads = shape.isQuery() || shape.ctas() != null || shape.insertQuery() != null;
        Set<String> calciteOnly = new HashSet<>(catalog.sourceNames());
        if (reads) {
            calciteOnly.addAll(engine.names());
        }
        qualifiers.retainAll(calciteOnly);
        return !qualifiers.isEmpty();
    }

    /** The statement's text for Calcite: each embedded PREDICT replaced by its table. */
    private String forCalcite(Ast.Sql sql) {
        String text = sql.sql();
        if (!sql.embedded().isEmpty()) {
            StringBuilder out = new StringBuilder();
            int copied = 0;
            for (Ast.EmbeddedStatement p : sql.embedded()) {
                out.append(sql.sql(), copied, p.start()).append(engine.statementTable(p.text()));
                copied = p.end();
            }
            text = out.append(sql.sql().substring(copied)).toString();
        }
        // Remembered, so a query run again (its plan cached) is not parsed again just to check its words.
        synchronized (quoted) {
            return quoted.computeIfAbsent(text, ReservedWords::quoteWhereNeeded);
        }
    }

    /** Query texts as Calcite takes them (reserved words quoted), the most recent first out. */
    private final Map<String, String> quoted = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 256;
        }
    };

    /**
     * Runs the query inside a PQL statement (FROM (...), GIVEN SELECT ...); rows stream as the
     * result is read. Store-only queries try H2 first and fall back to Calcite, whose lenient,
     * case-insensitive dialect PQL has always accepted there.
     */
    public ResultSet query(String sql, Ast.Position at) {
        Ast.Sql parsed = parse(sql);
        ResultSet atSource = atSource(parsed);
        if (atSource != null) {
            return atSource;
        }
        if (!needsCalcite(parsed)) {
            try {
                return lazily(parsed.sql());
            } catch (SQLException e) {
                // Calcite below either answers (its dialect is more lenient) or says what is wrong in PQL's terms.
            }
        }
        try {
            return plans.query(calcite(), forCalcite(parsed));
        } catch (SQLException | RuntimeException e) {
            throw translate(e, at);
        }
    }

    /**
     * Runs a store query whose rows are read as they are produced. H2 otherwise computes a whole
     * result before the first row, and past its in-memory limit writes it to a temporary file: a
     * PREDICT over a million rows then waited for, and wrote, the million rows before scoring one.
     * Lazy execution is switched on for this query only (H2 keeps it per session and decides per
     * query), so the user's own SQL on the same connection runs as H2 runs it by default. Queries
     * that need every row first (ORDER BY without an index, GROUP BY) are still computed whole by H2.
     */
    private ResultSet lazily(String sql) throws SQLException {
        org.h2.engine.SessionLocal session = store.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                && store.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local
                ? local : null;
        boolean was = session != null && session.isLazyQueryExecution();
        if (session != null) {
            session.setLazyQueryExecution(true);
        }
        try {
            Statement s = store.createStatement();
            s.closeOnCompletion();
            return s.executeQuery(sql);
        } finally {
            if (session != null) {
                session.setLazyQueryExecution(was);
            }
        }
    }

    /**
     * The rows a model trains on: as {@link #query}, except that a source that answers the query
     * where its data is (Spark) may send a bounded sample of a large table; {@code notes} says so.
     */
    public ResultSet trainingRows(String sql, Ast.Position at, List<String> notes) {
        Attachment a = answeringSource(parse(sql));
        if (a != null) {
            ResultSet rows = catalog.provider(a.kind()).trainingRows(a, sql, catalog.store().modelDir(), notes);
            if (rows != null) {
                return rows;
            }
        }
        return query(sql, at);
    }

    /**
     * The module-served source that would answer {@code sql} where its data is, with its provider
     * (which later stages ask for more, such as statistics); null when the engine answers it.
     */
    public Answering answering(String sql) {
        Attachment a = answeringSource(parse(sql));
        return a == null ? null : new Answering(a, catalog.provider(a.kind()), catalog.store().modelDir());
    }

    /** A source, the provider of its kind, and the database's model folder (for PREDICTs inside the query). */
    public record Answering(Attachment source, SourceProvider provider, java.nio.file.Path models) {
    }

    /** The columns a query would answer, without running it: an empty result with its columns. */
    public ResultSet describe(String sql, Ast.Position at) {
        Ast.Sql parsed = parse(sql);
        if (!needsCalcite(parsed)) {
            try (PreparedStatement ps = store.prepareStatement(parsed.sql())) {
                return emptyLike(ps.getMetaData());
            } catch (SQLException e) {
                // as in query(): Calcite answers or explains
            }
        }
        try (PreparedStatement ps = calcite().prepareStatement(forCalcite(parsed))) {
            return emptyLike(ps.getMetaData());
        } catch (SQLException | RuntimeException e) {
            throw translate(e, at);
        }
    }

    private static ResultSet emptyLike(java.sql.ResultSetMetaData md) throws SQLException {
        SimpleResultSet rs = new SimpleResultSet();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            rs.addColumn(md.getColumnLabel(i), md.getColumnType(i), md.getPrecision(i), md.getScale(i));
        }
        return rs;
    }

    private static Ast.Sql parse(String sql) {
        return StatementParser.parse(sql) instanceof Ast.Sql s ? s : new Ast.Sql(sql);
    }

    /**
     * Runs a plain statement that needs Calcite: a query, or a {@code CREATE TABLE ... AS} /
     * {@code INSERT INTO ... SELECT} whose query reads an attached source or PREDICT, which writes
     * into the store what Calcite reads. Anything else that names an attached source is refused:
     * PQL reads sources and writes only to its own store. A statement a source runs as a distributed
     * job reports its partitions to {@code progress}.
     */
    public SqlResult execute(Ast.Sql sql, PartitionProgress progress) {
        SqlShape shape = SqlShape.of(sql.sql());
        if (shape.isQuery()) {
            ResultSet atSource = atSource(sql);
            if (atSource != null) {
                return new SqlResult(atSource, -1);
            }
            try {
                return new SqlResult(plans.query(calcite(), forCalcite(explainAsCalcite(sql))), -1);
            } catch (SQLException | RuntimeException e) {
                throw translate(e, new Ast.Position(1, 1));
            }
        }
        SqlShape.Ctas ctas = shape.ctas();
        Attachment target = ctas == null ? null : sourceOf(ctas.table());
        if (target != null) {
            if (!pushDown) {
                throw new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "CREATE TABLE " + ctas.table() + " writes files "
                        + "through " + target.name() + "'s " + target.kind().word() + " application on the server; over the "
                        + "network a source is only read. Run it on the server's machine, or create the table in the store.");
            }
            String table = ctas.table().substring(ctas.table().indexOf('.') + 1);
            return new SqlResult(null, catalog.provider(target.kind()).createTable(target, table, ctas.query(),
                    catalog.store().modelDir(), progress));
        }
        if (ctas != null) {
            return new SqlResult(null, TableCopy.create(store, ctas, query(ctas.query(), new Ast.Position(1, 1))));
        }
        SqlShape.InsertQuery insert = shape.insertQuery();
        if (insert != null) {
            return new SqlResult(null, TableCopy.insert(store, insert.target(),
                    query(insert.query(), new Ast.Position(1, 1))));
        }
        throw new PqlException(ErrorCode.NOT_SUPPORTED, "This statement names an attached source or a PQL object, "
                + "which PQL only reads: it can be queried (SELECT), copied into the store (CREATE TABLE t AS SELECT "
                + "..., INSERT INTO t SELECT ...) and used in PREDICT, EVALUATE and CREATE MODEL. A view or a change "
                + "in the source itself must be made in that database.");
    }

    /**
     * A query answered where its data is: when the only source or engine schema it names is one
     * served by a module (Spark), that source runs the whole query (and the PREDICTs inside), and
     * only the answer comes back. Null when there is no such source, or when it cannot resolve a
     * name (a table of the store): Calcite then plans the query, reading the source's rows.
     */
    private ResultSet atSource(Ast.Sql sql) {
        Attachment a = answeringSource(sql);
        return a == null ? null : catalog.provider(a.kind()).query(a, sql.sql(), catalog.store().modelDir());
    }

    /** The module-served source that may answer the whole query: the only source or engine schema it names. */
    private Attachment answeringSource(Ast.Sql sql) {
        // Cheap tests first: the statement is not lexed unless a module-served source is attached.
        if (!pushDown || sql.sql().indexOf('.') < 0 || !catalog.hasProvidedSources()) {
            return null;
        }
        Set<String> named = SqlShape.of(sql.sql()).qualifiers();
        Set<String> schemas = new HashSet<>(catalog.sourceNames());
        schemas.addAll(engine.names());
        named.retainAll(schemas);
        return named.size() == 1 ? catalog.providedSource(named.iterator().next()) : null;
    }

    /** The module-served source a qualified name {@code source.table} is in, or null. */
    private Attachment sourceOf(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot < 0 || qualified.startsWith("\"")) {
            return null;
        }
        return catalog.providedSource(qualified.substring(0, dot));
    }

    /** H2's {@code EXPLAIN SELECT ...} is Calcite's {@code EXPLAIN PLAN FOR SELECT ...}. */
    private static Ast.Sql explainAsCalcite(Ast.Sql sql) {
        Matcher m = H2_EXPLAIN.matcher(sql.sql());
        if (!m.lookingAt()) {
            return sql;
        }
        String inserted = " PLAN FOR";
        List<Ast.EmbeddedStatement> shifted = new ArrayList<>();
        for (Ast.EmbeddedStatement p : sql.embedded()) {
            shifted.add(new Ast.EmbeddedStatement(p.start() + inserted.length(), p.end() + inserted.length(), p.text()));
        }
        return new Ast.Sql(sql.sql().substring(0, m.end(1)) + inserted + sql.sql().substring(m.end(1)), shifted);
    }

    private static final Pattern H2_EXPLAIN = Pattern.compile("\\s*(EXPLAIN)(?!\\s+PLAN\\b)(?=\\s)",
            Pattern.CASE_INSENSITIVE);

    /** A prepared query planned by Calcite, for a JDBC client's {@code prepareStatement}. */
    public PreparedStatement prepare(Ast.Sql sql) {
        try {
            return calcite().prepareStatement(forCalcite(sql));
        } catch (SQLException | RuntimeException e) {
            throw translate(e, new Ast.Position(1, 1));
        }
    }

    /** The session's Calcite connection, opened on first use. */
    public synchronized Connection calcite() throws SQLException {
        long changes = catalog.changes();
        if (calcite != null && changes != calciteChanges) {
            plans.close(); // planned against the sources as they were
            calcite.close();
            calcite = null;
        }
        if (calcite == null) {
            calciteChanges = changes;
            calcite = catalog.openCalcite(engine.schemas());
        }
        return calcite;
    }

    /** Turns Calcite's message into one with the statement's position and the candidates. */
    public PqlException translate(Exception e, Ast.Position at) {
        PqlException pql = find(e, PqlException.class);
        if (pql != null) {
            return pql;
        }
        String msg = rootMessage(e);
        String where = "";
        PqlException.Position position = null;
        Matcher pos = POSITION.matcher(msg);
        if (pos.find()) {
            int line = Integer.parseInt(pos.group(1));
            int column = Integer.parseInt(pos.group(2));
            int absLine = at.line() + line - 1;
            int absColumn = line == 1 ? at.column() + column - 1 : column;
            where = " at line " + absLine + ", column " + absColumn;
            position = new PqlException.Position(absLine, absColumn);
            msg = msg.substring(pos.end());
        }
        Matcher table = OBJECT_NOT_FOUND.matcher(msg);
        if (table.find()) {
            List<String> tables = tableNames();
            return new PqlException(ErrorCode.TABLE_NOT_FOUND, "Table '" + table.group(1) + "' not found" + where
                    + (tables.isEmpty() ? "; the database has no tables yet (CREATE TABLE t AS SELECT * FROM CSVREAD('file.csv'))."
                    : "; tables: " + String.join(", ", tables) + "." + Suggestions.didYouMean(table.group(1), tables)), position, e);
        }
        if (COLUMN_NOT_FOUND.matcher(msg).find()) {
            return new PqlException(ErrorCode.COLUMN_NOT_FOUND, msg + where + ".", position, e);
        }
        SQLException source = withState(e);
        if (source != null && source.getSQLState().startsWith("08") || find(e, java.net.ConnectException.class) != null) {
            return new PqlException(ErrorCode.CONNECTION_ERROR, "A source could not be reached" + where + ": " + msg
                    + ". Check it with SHOW SOURCES; other sources and the store are not affected.", position, e);
        }
        if (source != null && source.getSQLState().startsWith("42")
                && source.getClass().getName().startsWith("org.postgresql")) {
            return new PqlException(ErrorCode.TABLE_NOT_FOUND, "An attached source answered" + where + ": " + msg
                    + ". Its table may have changed or been dropped since it was attached.", position, e);
        }
        return new PqlException(ErrorCode.SYNTAX_ERROR, "SQL error" + where + ": " + msg, position, e);
    }

    /** The first SQLException in the chain that has a SQLSTATE (Calcite's own wrappers have none). */
    private static SQLException withState(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** The tables of the default schema, as the store names them. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = store.getMetaData().getTables(null, DEFAULT_SCHEMA, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        } catch (SQLException ignored) {
            // the candidates are a courtesy; the error is reported either way
        }
        return names;
    }

    private static String rootMessage(Throwable e) {
        String msg = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && POSITION.matcher(t.getMessage()).find()) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                msg = t.getMessage();
            }
        }
        return msg;
    }

    @Override
    public synchronized void close() throws SQLException {
        plans.close();
        if (calcite != null) {
            calcite.close();
            calcite = null;
        }
    }
}
