package dev.pql.jdbc;

import dev.pql.exec.ExecResult;
import dev.pql.parse.Ast;
import dev.pql.parse.SqlShape;
import dev.pql.parse.StatementParser;
import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A prepared PQL statement, such as {@code PREDICT class USING spam GIVEN subject = ?, body = ?}. */
public final class PqlPreparedStatement extends ParameterSetters {
    // Parameters are numbered from 1 in statement order, wherever they stand (GIVEN values, WITH
    // settings, the SQL of GIVEN SELECT and FROM (...)); see Placeholders. Plain SQL is prepared by the
    // embedded store instead and never reaches this class.
    private final String template;
    private final Ast.Statement shape;
    private final int[] slots;
    private Object[] values;
    private boolean[] bound;
    private final List<Object[]> batch = new ArrayList<>();

    PqlPreparedStatement(PqlConnection connection, Statement delegate, String sql, Ast.Statement shape)
            throws SQLException {
        super(connection, delegate);
        this.template = sql;
        this.shape = shape;
        this.slots = Placeholders.find(sql);
        this.values = new Object[slots.length];
        this.bound = new boolean[slots.length];
    }

    @Override
    void set(int index, Object value) throws SQLException {
        if (index < 1 || index > slots.length) {
            throw Errors.of("Parameter " + index + " does not exist: the statement has " + slots.length
                    + " parameter(s).", Errors.INVALID_INDEX);
        }
        values[index - 1] = value;
        bound[index - 1] = true;
    }

    @Override
    public void clearParameters() {
        values = new Object[slots.length];
        bound = new boolean[slots.length];
    }

    /** The statement text with the current values written in. */
    private String text() throws SQLException {
        for (int i = 0; i < bound.length; i++) {
            if (!bound[i]) {
                throw Errors.of("Parameter " + (i + 1) + " is not set.", Errors.PARAMETER_NOT_SET);
            }
        }
        return Placeholders.bind(template, slots, values);
    }

    @Override
    public boolean execute() throws SQLException {
        String text = text();
        runPql(parse(text), text);
        return getResultSet() != null;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        execute();
        return requireRows();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        execute();
        return requireCount();
    }

    @Override
    public void addBatch() throws SQLException {
        text(); // fails now, not at executeBatch, when a parameter is missing
        batch.add(values.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        batch.clear();
        super.clearBatch();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return Batch.toInts(executeLargeBatch());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        List<Object[]> rows = List.copyOf(batch);
        batch.clear();
        long[] counts = new long[rows.size()];
        Arrays.fill(bound, true); // every row was complete when added
        for (int i = 0; i < counts.length; i++) {
            values = rows.get(i);
            try {
                counts[i] = executeLargeUpdate();
            } catch (SQLException e) {
                throw Batch.failed(e, Arrays.copyOf(counts, i));
            }
        }
        return counts;
    }

    /**
     * The columns of the result: those of the current result once executed; before that, for the
     * statements that only read the catalog or describe their answer (PREDICT, whose GIVEN query is only prepared, SHOW
     * MODELS, SHOW CONFIG, SHOW TRAINING LOG, DESCRIBE, DIFF, EXPLAIN), those of a
     * trial run with unset parameters as NULL, because BI tools ask before they execute. Null for the
     * rest (CREATE MODEL must not train to answer a metadata call).
     */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        ResultSet current = getResultSet();
        if (current != null) {
            return current.getMetaData();
        }
        boolean cheap = shape instanceof Ast.Predict || shape instanceof Ast.Sql
                || shape instanceof Ast.ShowModels || shape instanceof Ast.DescribeModel
                || shape instanceof Ast.ShowConfig || shape instanceof Ast.ShowTrainingLog || shape instanceof Ast.ShowTrials
                || shape instanceof Ast.DiffModel || shape instanceof Ast.Explain;
        if (!cheap) {
            return null;
        }
        Object[] trial = new Object[slots.length];
        for (int i = 0; i < trial.length; i++) {
            trial[i] = bound[i] ? values[i] : null;
        }
        String text = Placeholders.bind(template, slots, trial);
        try {
            Ast.Statement trialStatement = StatementParser.parse(text);
            if (trialStatement instanceof Ast.Predict p) {
                return Results.describe(connection.session().describe(p).getMetaData());
            }
            if (trialStatement instanceof Ast.Sql plain) {
                if (!SqlShape.of(plain.sql()).isQuery()) {
                    return null;
                }
                try (java.sql.PreparedStatement ps = connection.session().sql().prepare(plain)) {
                    return Results.describe(ps.getMetaData());
                }
            }
            ExecResult r = connection.session().execute(trialStatement, text, p -> { }, () -> false);
            try (ResultSet rows = r.resultSet()) {
                return rows == null ? null : Results.describe(rows.getMetaData());
            }
        } catch (RuntimeException e) {
            throw Errors.toSql(e);
        }
    }

    @Override
    public ParameterMetaData getParameterMetaData() {
        return new Parameters(slots.length);
    }

    // A PreparedStatement runs its own text only (JDBC 4.3, 13.2.4).
    @Override
    public boolean execute(String sql) throws SQLException {
        throw notHere();
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw notHere();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw notHere();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw notHere();
    }

    private static SQLException notHere() {
        return Errors.of("A PreparedStatement runs the statement it was prepared with; use execute() without text.",
                Errors.WRONG_STATEMENT_KIND);
    }

    /**
     * What a client may know of the parameters before binding them: how many. Their type is
     * {@code OTHER}: a value of any type is written into the statement as it is, so clients should
     * bind their native values (a number as a number) rather than convert them to text.
     */
    private record Parameters(int count) implements ParameterMetaData {
        @Override
        public int getParameterCount() {
            return count;
        }

        @Override
        public int isNullable(int param) {
            return parameterNullable;
        }

        @Override
        public boolean isSigned(int param) {
            return true;
        }

        @Override
        public int getPrecision(int param) {
            return 0;
        }

        @Override
        public int getScale(int param) {
            return 0;
        }

        @Override
        public int getParameterType(int param) {
            return Types.OTHER;
        }

        @Override
        public String getParameterTypeName(int param) {
            return "OTHER";
        }

        @Override
        public String getParameterClassName(int param) {
            return Object.class.getName();
        }

        @Override
        public int getParameterMode(int param) {
            return parameterModeIn;
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw Errors.of("Not a wrapper for " + iface.getName() + ".", Errors.GENERAL);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }
    }
}
