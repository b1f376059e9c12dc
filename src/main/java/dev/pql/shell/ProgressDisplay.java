package dev.pql.shell;

import dev.pql.train.TrainingProgress;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
  * The status line of a running statement on the terminal: a progress bar per training epoch
  * (epoch, batch, loss, validation metric, ETA) with one permanent line per finished epoch, the
  * rows read so far for long results, and an elapsed-time spinner for anything else that is slow.
  * Only ever used when the output is a terminal; all drawing is redrawn in place with {@code \r}.
  */
final class ProgressDisplay implements AutoCloseable {

    /** How long a statement runs before the spinner appears, and how often it is redrawn. */
    static final long SPINNER_DELAY_MS = 1000;
    static final long REDRAW_MS = 100;
    private static final String CLEAR = "\r\u001b[K";
    private static final String SPIN = "|/-\\";
    /** Metrics worth a place on the status line, in order of preference after the loss. */
    private static final List<String> HEADLINE = List.of("loss", "accuracy", "roc_auc", "r2",
            "mae", "rmse", "mse");

    private final PrintStream out;
    private final Screen screen;
    private final Ansi ansi;
    private final boolean unicode;
    private final long start = System.nanoTime();
    private boolean drawn;
    private boolean outputStarted;
    private boolean cancelling;
    private long lastDraw;
    private long rows;
    private TrainingProgress lastBatch;
    private TrainingProgress lastEpoch;
    private Thread ticker;

    ProgressDisplay(PrintStream out, Screen screen, Ansi ansi, boolean unicode) {
        this.out = out;
        this.screen = screen;
        this.ansi = ansi;
        this.unicode = unicode;
    }

    /** Starts the spinner thread that shows elapsed time while nothing else is drawn. */
    void start() {
        ticker = new Thread(() -> {
            try {
                Thread.sleep(SPINNER_DELAY_MS);
                for (int i = 0; ; i++) {
                    tick(i);
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                // finished: the statement is done
            }
        }, "pql-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    private synchronized void tick(int i) {
        if (lastBatch == null && !outputStarted) {
            String rowsPart = rows > 0 ? String.format(Locale.ROOT, "%,d rows  ", rows) : "";
            draw(SPIN.charAt(i % SPIN.length()) + " " + rowsPart + duration(elapsed())
                    + (cancelling ? "  cancelling…" : "  (Ctrl-C cancels)"));
        }
    }

    /** A training event (per batch, and per epoch end with validation metrics). */
    synchronized void training(TrainingProgress p) {
        if (p.ofPartitions()) { // a statement run as a distributed job: partitions, not epochs
            lastBatch = p;
            draw(partitionsBar(p, screen.width() - 1, unicode) + (cancelling ? "  cancelling…" : ""));
            return;
        }
        if (p.queued()) {
            draw(String.format(Locale.ROOT, "queued behind %d training job%s, waited %s%s", p.jobsAhead(),
                    p.jobsAhead() == 1 ? "" : "s", duration(p.elapsedSeconds()),
                    cancelling ? "  cancelling…" : "  (Ctrl-C cancels)"));
            lastBatch = p; // the queue line replaces the spinner until the first batch
            return;
        }
        if (p.endOfEpoch()) {
            clear();
            out.println(epochLine(p));
            lastEpoch = p;
            lastBatch = p;
            out.flush();
            return;
        }
        lastBatch = p;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_MS * 1_000_000 || p.batch() == p.batches()) {
            lastDraw = now;
            draw(bar(p, lastEpoch == null ? Map.of() : lastEpoch.validation(), screen.width() - 1,
                    unicode) + (cancelling ? "  cancelling…" : ""));
        }
    }

    /** Rows read so far; shown only while no result text is on the screen yet. */
    synchronized void rows(long n) {
        rows = n;
        long now = System.nanoTime();
        if (!outputStarted && elapsed() * 1000 >= SPINNER_DELAY_MS
                && now - lastDraw >= REDRAW_MS * 1_000_000) {
            lastDraw = now;
            tick((int) (now / 250_000_000L));
        }
    }

    /** The result is about to be written to the terminal: erase the status and draw no more. */
    synchronized void outputStarting() {
        clear();
        outputStarted = true;
    }

    /** Ctrl-C was pressed: say so until the statement ends. */
    synchronized void cancelling() {
        cancelling = true;
        if (lastBatch != null && !outputStarted) {
            draw(ansi.yellow("cancelling after this batch…"));
        }
    }

    /** Stops drawing; after a training, returns its one-line summary (else null). */
    synchronized String finish() {
        close();
        if (lastEpoch == null) {
            return null;
        }
        TrainingProgress p = lastEpoch;
        String early = p.epoch() < p.epochs() ? " (stopped early)" : "";
        String models = p.folds() > 1 ? p.folds() + " models (folds), the last " : "";
        return String.format(Locale.ROOT, "Trained %s%d/%d epochs in %s%s; last %s.", models, p.epoch(),
                p.epochs(), duration(p.elapsedSeconds()), early, metrics("validation", p.validation()));
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
        clear();
    }

    private void draw(String line) {
        out.print(CLEAR + fit(line, screen.width() - 1));
        out.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            out.print(CLEAR);
            out.flush();
            drawn = false;
        }
    }

    private double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@code partitions 3/8 [=====>    ] 0:12}: a distributed job's tasks done. */
    static String partitionsBar(TrainingProgress p, int width, boolean unicode) {
        String head = String.format(Locale.ROOT, "partitions %d/%d ", p.partitionsDone(), p.partitionsTotal());
        String tail = " " + duration(p.elapsedSeconds());
        int barWidth = Math.max(10, Math.min(30, width - head.length() - tail.length() - 2));
        return head + gauge((double) p.partitionsDone() / p.partitionsTotal(), barWidth, unicode) + tail;
    }

    /** {@code epoch 3/10 [=====>    ] 12/40 loss 0.4321 val accuracy 0.91 ETA 0:12}. */
    static String bar(TrainingProgress p, Map<String, Double> validation, int width,
            boolean unicode) {
        String head = fold(p) + String.format(Locale.ROOT, "epoch %d/%d ", p.epoch(), p.epochs());
        double eta = p.etaSeconds();
        String tail = String.format(Locale.ROOT, " %d/%d loss %s", p.batch(), p.batches(),
                TableFormatter.formatDouble(p.loss()))
                + (validation.isEmpty() ? "" : " " + metrics("val", validation))
                + (Double.isNaN(eta) ? "" : " ETA " + duration(eta));
        int barWidth = Math.max(10, Math.min(30, width - head.length() - tail.length() - 2));
        double fraction = p.batches() <= 0 ? 0 : Math.min(1, (double) p.batch() / p.batches());
        return head + gauge(fraction, barWidth, unicode) + tail;
    }

    /** {@code [=====>    ]}, or in block characters, {@code fraction} of {@code barWidth} filled. */
    private static String gauge(double fraction, int barWidth, boolean unicode) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * barWidth);
        String bar = unicode
                ? "█".repeat(filled) + "░".repeat(barWidth - filled)
                : "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? ">" : "")
                        + " ".repeat(barWidth - filled);
        return "[" + bar + "]";
    }

    /** {@code trial 3/12 fold 2/5 } while one of several trials' or folds' models trains, else nothing. */
    private static String fold(TrainingProgress p) {
        return (p.trials() > 1 ? String.format(Locale.ROOT, "trial %d/%d ", p.trial(), p.trials()) : "")
                + (p.folds() > 1 ? String.format(Locale.ROOT, "fold %d/%d ", p.fold(), p.folds()) : "");
    }

    /** The permanent line of a finished epoch. */
    static String epochLine(TrainingProgress p) {
        int digits = String.valueOf(p.epochs()).length();
        return fold(p) + String.format(Locale.ROOT, "epoch %" + digits + "d/%d  loss %s  %s  [%s]", p.epoch(),
                p.epochs(), TableFormatter.formatDouble(p.loss()), metrics("val", p.validation()),
                duration(p.elapsedSeconds()));
    }

    /**
      * {@code val loss 0.41 accuracy 0.80}: the loss and the first headline metric present; the
      * full set is in the statement's result, a status line has room for two.
      */
    static String metrics(String label, Map<String, Double> values) {
        StringBuilder b = new StringBuilder(label);
        for (String key : HEADLINE) {
            if (values.containsKey(key)) {
                Double v = values.get(key);
                b.append(' ').append(key).append(' ')
                        .append(v == null ? "NULL" : TableFormatter.formatDouble(v));
                if (!key.equals("loss")) {
                    break;
                }
            }
        }
        return b.toString();
    }

    /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}; under ten seconds with a tenth. */
    static String duration(double seconds) {
        if (Double.isNaN(seconds) || seconds < 0) {
            return "?";
        }
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Cuts {@code line} to {@code width} characters so redrawing with \r never wraps. */
    static String fit(String line, int width) {
        if (line.indexOf('\u001b') >= 0 || line.codePointCount(0, line.length()) <= width) {
            return line; // styled lines are short messages
        }
        return line.substring(0, line.offsetByCodePoints(0, Math.max(0, width)));
    }
}
