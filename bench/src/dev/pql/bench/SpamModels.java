package dev.pql.bench;

import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The spam text model with the architecture of ../shared/bench/torch_baseline.py, trained by PQL
 * over JDBC: both text features with the same encoder (64-dim), concat → fc 64 (ReLU, no
 * dropout) → 2 classes, Adam 1e-3, batch 128, a fixed number of epochs, no early stop. Tokenizer
 * (space_punct, lowercase), vocabulary (20000 most common) and max length (256) are PQL's
 * defaults and equal the script's. The split puts every training row in the training set, as the
 * script does; PQL then validates on the training rows each epoch, which is timed apart.
 */
final class SpamModels {
    /** An encoder under test: its name and the WITH options that make it match the script. */
    record Encoder(String name, String options) {
    }

    static final Encoder EMBED = new Encoder("embed", "");
    static final Encoder PARALLEL_CNN = new Encoder("parallel_cnn", "");
    static final Encoder RNN = new Encoder("rnn", "cell_type = 'lstm', state_size = 64, reduce_output = 'last'");
    static final Encoder TRANSFORMER = new Encoder("transformer", "");

    /**
     * One training: per epoch, the seconds of the training pass (first batch event to last batch
     * event of the epoch, plus one batch) and of the validation pass; test accuracy; or the error.
     */
    record Run(String encoder, List<Double> trainPass, List<Double> validationPass, double totalSeconds,
               double testAccuracy, String error, String statement, boolean fromEvents) {
        boolean ok() {
            return error == null;
        }
    }

    private SpamModels() {
    }

    static String statement(Encoder e, String model, int epochs) {
        StringBuilder with = new StringBuilder();
        for (String f : List.of("subject", "body")) {
            // torch_baseline.py's preprocessing: \w+|[^\w\s] tokens, lower case, at most 256 (not the data defaults)
            with.append(f).append(".encoder.type = '").append(e.name()).append("', ")
                    .append(f).append(".encoder.embedding_size = 64, ")
                    .append(f).append(".preprocessing.tokenizer = 'space_punct', ")
                    .append(f).append(".preprocessing.max_sequence_length = 256, ");
            if (!e.options().isEmpty()) {
                for (String o : e.options().split(",\\s*")) {
                    with.append(f).append(".encoder.").append(o.trim()).append(", ");
                }
            }
        }
        return "CREATE OR REPLACE MODEL " + model + " PREDICT class GIVEN subject, body FROM spam_assassin_train WITH ("
                + with + "trainer.epochs = " + epochs + ", trainer.early_stop = -1, trainer.batch_size = 128, "
                + "trainer.learning_rate = 0.001, combiner.num_fc_layers = 1, combiner.output_size = 64, "
                + "combiner.dropout = 0.0, preprocessing.split.probabilities = [1.0, 0.0, 0.0])";
    }

    /** Trains (timing each epoch from the progress events) and evaluates on the test rows. */
    static Run train(Ctx ctx, Encoder e, int epochs) throws SQLException {
        String model = "spam_" + e.name();
        String sql = statement(e, model, epochs);
        List<double[]> events = new ArrayList<>(); // {epoch, batch, batches, elapsed, endOfEpoch}
        try (Statement s = ctx.db().createStatement()) {
            boolean listening = listen(s, events);
            double one = Double.NaN;
            long start = System.nanoTime();
            try {
                if (!listening) {
                    // No progress events in this engine build: the fallback, one epoch-1 training first, then
                    // (T(N) - T(1)) / (N - 1) per epoch, validation pass included (shown as zero validation).
                    s.executeQuery(statement(e, model, 1)).close();
                    one = Stats.seconds(System.nanoTime() - start);
                    start = System.nanoTime();
                }
                s.executeQuery(sql).close();
            } catch (SQLException ex) {
                return new Run(e.name(), List.of(), List.of(), Double.NaN, Double.NaN, oneLine(ex.getMessage()), sql, listening);
            }
            double total = Stats.seconds(System.nanoTime() - start);
            List<Double> train = new ArrayList<>();
            List<Double> validation = new ArrayList<>();
            if (listening) {
                epochTimes(events, epochs, train, validation);
            } else {
                double perEpoch = (total - one) / Math.max(1, epochs - 1);
                for (int i = 0; i < epochs; i++) {
                    train.add(i == 0 ? one : perEpoch > 0 ? perEpoch : Double.NaN); // noise can beat a 1-epoch difference
                    validation.add(0.0);
                }
            }
            return new Run(e.name(), train, validation, total, evaluate(s, model, "accuracy"), null, sql, listening);
        }
    }

    /** Whether this engine build has progress events; PqlStatement.setProgressListener is called by reflection
     *  so that the benchmark compiles against builds with and without it. */
    static boolean listen(Statement s, List<double[]> events) {
        try {
            Class<?> pqlStatement = Class.forName("dev.pql.jdbc.PqlStatement");
            Object target = s.unwrap(pqlStatement);
            Method set = pqlStatement.getMethod("setProgressListener", java.util.function.Consumer.class);
            Class<?> progress = Class.forName("dev.pql.train.TrainingProgress");
            Method epoch = progress.getMethod("epoch");
            Method batch = progress.getMethod("batch");
            Method batches = progress.getMethod("batches");
            Method elapsed = progress.getMethod("elapsedSeconds");
            Method end = progress.getMethod("endOfEpoch");
            java.util.function.Consumer<Object> listener = p -> {
                try {
                    events.add(new double[] {(Integer) epoch.invoke(p), (Integer) batch.invoke(p), (Integer) batches.invoke(p),
                        (Double) elapsed.invoke(p), (Boolean) end.invoke(p) ? 1 : 0});
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            };
            set.invoke(target, listener);
            return true;
        } catch (ReflectiveOperationException | SQLException | RuntimeException ex) {
            return false;
        }
    }

    /**
     * From the progress events: the training pass of epoch e runs from the end of epoch e-1 (the
     * end-of-epoch event) to its last batch event; the validation pass from there to its own
     * end-of-epoch event. Epoch 1's start is estimated as its first batch event minus one batch.
     */
    static void epochTimes(List<double[]> events, int epochs, List<Double> train, List<Double> validation) {
        double previousEnd = Double.NaN;
        for (int ep = 1; ep <= epochs; ep++) {
            double firstBatch = Double.NaN;
            double lastBatch = Double.NaN;
            double end = Double.NaN;
            for (double[] ev : events) {
                if ((int) ev[0] != ep) {
                    continue;
                }
                if (ev[4] == 1) {
                    end = ev[3];
                } else {
                    if (Double.isNaN(firstBatch)) {
                        firstBatch = ev[3];
                    }
                    lastBatch = ev[3];
                }
            }
            double begin = Double.isNaN(previousEnd) ? firstBatch - (lastBatch - firstBatch) / Math.max(1, batches(events, ep) - 1)
                    : previousEnd;
            train.add(lastBatch - begin);
            validation.add(end - lastBatch);
            previousEnd = end;
        }
    }

    private static int batches(List<double[]> events, int epoch) {
        return events.stream().filter(ev -> (int) ev[0] == epoch && ev[4] == 0).mapToInt(ev -> 1).sum();
    }

    /** EVALUATE on the spam test rows: one metric's value. */
    static double evaluate(Statement s, String model, String metric) throws SQLException {
        return evaluate(s, model, "spam_assassin_test", metric);
    }

    static double evaluate(Statement s, String model, String table, String metric) throws SQLException {
        try (ResultSet rs = s.executeQuery("EVALUATE " + model + " GIVEN SELECT * FROM " + table)) {
            while (rs.next()) {
                if (rs.getString("metric").equalsIgnoreCase(metric)) {
                    return rs.getDouble("value");
                }
            }
        }
        return Double.NaN;
    }

    static String oneLine(String s) {
        String t = s == null ? "error" : s.replaceAll("\\s+", " ").trim();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    static boolean notSupported(String error) {
        return error != null && (error.contains("not supported") || error.contains("Unknown option")
                || error.contains("unknown encoder") || error.contains("Unrecognized field"));
    }

    static Map<String, Encoder> byName() {
        return Map.of("embed", EMBED, "parallel_cnn", PARALLEL_CNN, "rnn", RNN, "transformer", TRANSFORMER);
    }
}
