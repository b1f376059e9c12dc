package dev.pql.jdbc;

import dev.pql.error.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A statement's cancel flag and query timeout. The engine polls the flag between training batches
 * and the result set between rows; the timeout only raises the flag, so both stop at the same
 * clean points (a stopped CREATE MODEL saves no version).
 */
final class Cancellation {
    /** One daemon thread fires every query timeout of the JVM: it only flips flags. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pql-query-timeout");
        t.setDaemon(true);
        return t;
    });

    private volatile boolean cancelled;
    private volatile boolean timedOut;
    private ScheduledFuture<?> timer;
    private int timeoutSeconds;

    void setTimeout(int seconds) throws SQLException {
        if (seconds < 0) {
            throw Errors.of("The query timeout must be 0 (none) or more seconds, not " + seconds + ".", ErrorCode.INVALID_PARAMETER_VALUE.sqlState());
        }
        timeoutSeconds = seconds;
    }

    int timeout() {
        return timeoutSeconds;
    }

    /** A statement starts: clears the flags and arms the timeout. */
    void start() {
        finish();
        cancelled = false;
        timedOut = false;
        if (timeoutSeconds > 0) {
            timer = TIMER.schedule(() -> {
                timedOut = true;
                cancelled = true;
            }, timeoutSeconds, TimeUnit.SECONDS);
        }
    }

    /** The statement's work is over (its rows ran out or were closed): the timeout has nothing to stop. */
    void finish() {
        ScheduledFuture<?> t = timer;
        timer = null;
        if (t != null) {
            t.cancel(false);
        }
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** Throws when the statement was cancelled or ran out of time. */
    void check() throws SQLException {
        if (timedOut) {
            throw timeoutError(null);
        }
        if (cancelled) {
            throw Errors.of("The statement was cancelled.", Errors.CANCELLED);
        }
    }

    SQLTimeoutException timeoutError(Throwable cause) {
        return new SQLTimeoutException("The statement ran past its query timeout of " + timeoutSeconds
                + " s and was stopped; a CREATE MODEL that was stopped saved no version.", Errors.CANCELLED, cause);
    }
}
