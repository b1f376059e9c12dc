package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.model.Engines;
import dev.pql.registry.LoadedModel;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.h2.tools.SimpleRowSource;

/**
 * Streams predictions: reads a batch of GIVEN rows, scores it in one forward pass, hands the rows
 * out one by one; from the second batch on, scoring runs beside reading (see {@link #advance}).
 * Memory stays at two batches whatever the row count.
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
    /** Batches scored on the reading thread, and how long the first took. */
    private int scored;
    private long firstBatchNanos;
    /** A first batch this slow is split over every core (see {@link #scorer}). */
    private static final long SPLIT_WORTH_NANOS = 20_000_000L;
    /** Scores batches beside the reading thread from the second batch on; null before. */
    private ExecutorService scorer;
    /** The batch being scored there, or null. */
    private Future<List<Object[]>> pending;

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
            advance();
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
        if (ready.isEmpty()) {
            advance();
        }
        return ready.poll();
    }

    /** GIVEN rows read, with their feature columns: what one forward pass scores. */
    private record Batch(List<Object[]> rows, List<List<Object>> columns) {
    }

    /**
     * Makes the next scored batch ready. The first batch is scored on the reading thread (so that
     * bad input fails the statement itself). From the second on, a scoring thread of this PREDICT's
     * own scores batch k while this thread reads batch k+1 and then hands out batch k's rows: on
     * two cores reading and scoring overlap instead of taking turns. At most two batches are in
     * flight, so memory stays flat in rows.
     */
    private void advance() throws SQLException {
        if (pending == null) {
            Batch batch = exhausted ? null : read();
            if (batch == null) {
                return;
            }
            if (scored == 0 || exhausted) {
                ready.addAll(timedScore(batch)); // the first batch, or the last with nothing to overlap
                return;
            }
            pending = scorer().submit(() -> score(batch));
        }
        Future<List<Object[]>> current = pending;
        pending = null;
        Batch next = exhausted ? null : read();
        if (next != null) {
            pending = scorer().submit(() -> score(next));
        }
        ready.addAll(await(current));
    }

    /** Scores on this thread, timing it: the first batch's time decides the scoring thread's cores. */
    private List<Object[]> timedScore(Batch batch) throws SQLException {
        long t0 = System.nanoTime();
        List<Object[]> out = score(batch);
        if (scored++ == 0) {
            firstBatchNanos = System.nanoTime() - t0;
        }
        return out;
    }

    /**
     * The scoring thread, started with the second batch. Its intra-op threads (cores per libtorch
     * operation): all cores when one batch's forward pass is long (a text encoder's, tens of ms,
     * where splitting it costs nothing), else one: a small tabular batch's operations take
     * microseconds, splitting them costs more than it saves (measured: 10k rows at 381k rows/s on
     * one thread, 151k on two), and the other core is this thread's, reading the next batch.
     */
    private ExecutorService scorer() {
        if (scorer == null) {
            int threads = firstBatchNanos >= SPLIT_WORTH_NANOS ? Engines.threads() : Math.max(1, Engines.threads() - 1);
            // The thread ends after a second idle, so a PREDICT left unclosed (a client that drops its
            // result set) leaves no thread behind.
            ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(() -> {
                    Engines.intraOpThreads(threads);
                    r.run();
                }, "pql-predict-scoring");
                t.setDaemon(true);
                return t;
            });
            pool.allowCoreThreadTimeOut(true);
            scorer = pool;
        }
        return scorer;
    }

    private static List<Object[]> await(Future<List<Object[]>> scoring) throws SQLException {
        try {
            return scoring.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("PREDICT was interrupted", ErrorCode.CANCELLED.sqlState(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("Prediction failed: " + e.getCause().getMessage(), ErrorCode.INTERNAL_ERROR.sqlState(), e.getCause());
        }
    }

    /** Reads the next batch of GIVEN rows (null when none is left), counting non-finite numbers and checking drift once. */
    private Batch read() throws SQLException {
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
            return null;
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
        return new Batch(rows, columns);
    }

    /** One forward pass over a batch: its rows with the prediction columns appended. */
    private List<Object[]> score(Batch batch) throws SQLException {
        List<Object[]> rows = batch.rows();
        List<List<Object>> columns = batch.columns();
        try {
            List<float[][]> scores = model.scoreAll(columns); // every output in one pass
            List<List<String>> explanations = new ArrayList<>();
            for (PredictionColumns o : outputs) {
                float[][] own = scores.get(o.model().outputIndex());
                explanations.add(o.explanation() ? Explanations.explain(o.model(), columns, own) : null);
            }
            List<Object[]> out = new ArrayList<>(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(rows.get(r))); // GIVEN values may be NULL
                for (int t = 0; t < outputs.size(); t++) {
                    PredictionColumns o = outputs.get(t);
                    o.append(row, scores.get(o.model().outputIndex())[r],
                            explanations.get(t) == null ? null : explanations.get(t).get(r));
                }
                out.add(row.toArray());
            }
            return out;
        } catch (PqlException e) {
            throw new SQLException(e.getMessage(), e.code().sqlState(), e); // bad input keeps its SQLSTATE (22018)
        } catch (RuntimeException e) {
            throw new SQLException("Prediction failed: " + e.getMessage(), ErrorCode.INTERNAL_ERROR.sqlState(), e);
        }
    }

    @Override
    public void close() {
        if (scorer != null) {
            scorer.shutdownNow(); // a batch being scored finishes on its own; nothing waits for it
        }
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
