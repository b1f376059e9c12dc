package dev.pql.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Section 6's child process (a fresh JVM, so the process's RSS high-water mark belongs to one
 * workload): {@code MemoryProbe predict|train DB_DIR ROWS}. Warms up, then runs the workload while
 * sampling the heap every 5 ms and listening to GC notifications; prints one RESULT line.
 */
public final class MemoryProbe {
    private static final AtomicLong PEAK_USED = new AtomicLong();
    private static final AtomicLong MAX_BEFORE_GC = new AtomicLong();
    private static final AtomicLong MAX_AFTER_GC = new AtomicLong();
    private static volatile boolean measuring;
    /** Heap in use right after a full collection half way through the PREDICT stream: what the stream retains. */
    private static long midLive = -1;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path db = Path.of(args[1]);
        long rows = Long.parseLong(args[2]);
        listenToGc();
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            readAll(s, "PREDICT label USING gen_model GIVEN SELECT id, x1, x2, x3, x4, c FROM gen WHERE id <= 2000", -1);
            System.gc();
            Thread.sleep(300);
            long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long rssBefore = status("VmRSS");
            measuring = true;
            Thread sampler = new Thread(MemoryProbe::sample);
            sampler.setDaemon(true);
            sampler.start();
            long t0 = System.nanoTime();
            long read = 0;
            if (mode.equals("predict")) {
                read = readAll(s, "PREDICT label USING gen_model GIVEN SELECT id, x1, x2, x3, x4, c FROM gen WHERE id <= " + rows,
                        rows / 2);
            } else if (mode.equals("train_text")) {
                s.executeQuery("CREATE OR REPLACE MODEL mem_text PREDICT class GIVEN subject, body FROM (SELECT subject, body, "
                        + "class FROM spam_rows WHERE id <= " + rows + ") WITH (subject.encoder.type = 'embed', body.encoder.type = "
                        + "'embed', model_type = 'ecd', trainer.epochs = 2, trainer.early_stop = -1)").close();
                read = rows;
            } else {
                s.executeQuery("CREATE OR REPLACE MODEL mem_train PREDICT label GIVEN x1, x2, x3, x4, c FROM (SELECT * FROM "
                        + "gen WHERE id <= " + rows + ") WITH (model_type = 'ecd', trainer.epochs = 2, trainer.early_stop = -1)").close();
                read = rows;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            measuring = false;
            sampler.join(1000);
            System.out.println(String.format(Locale.ROOT, "RESULT mode=%s rows=%d seconds=%.3f heap_baseline_mb=%.1f "
                    + "heap_peak_used_mb=%.1f heap_max_before_gc_mb=%.1f heap_max_live_mb=%.1f rss_before_mb=%.1f "
                    + "rss_hwm_mb=%.1f rss_end_mb=%.1f heap_max_mb=%.1f heap_mid_live_mb=%.1f", mode, read, seconds, mb(baseline),
                    mb(Math.max(PEAK_USED.get(), MAX_BEFORE_GC.get())), mb(MAX_BEFORE_GC.get()), mb(MAX_AFTER_GC.get()),
                    mb(rssBefore), mb(status("VmHWM")), mb(status("VmRSS")),
                    mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()), mb(midLive)));
        }
        System.exit(0);
    }

    /** Reads every value; at row {@code gcAt} (if not -1) runs a full collection and keeps the heap in use. */
    private static long readAll(Statement s, String sql, long gcAt) throws Exception {
        long n = 0;
        try (ResultSet rs = s.executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                if (n == gcAt) {
                    System.gc();
                    midLive = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                }
                for (int i = 1; i <= cols; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }

    private static void sample() {
        while (measuring) {
            MemoryUsage u = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            PEAK_USED.accumulateAndGet(u.getUsed(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Heap in use just before and just after each collection, summed over the heap's pools. */
    private static void listenToGc() {
        java.util.Set<String> heap = new java.util.HashSet<>();
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                heap.add(pool.getName());
            }
        }
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!measuring || !n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                long before = info.getMemoryUsageBeforeGc().entrySet().stream().filter(e -> heap.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                long after = info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heap.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                MAX_BEFORE_GC.accumulateAndGet(before, Math::max);
                MAX_AFTER_GC.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    /** A field of /proc/self/status in bytes (VmRSS, VmHWM); -1 where there is none. */
    static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception ignored) {
            // not Linux: no figure
        }
        return -1;
    }

    private static double mb(long bytes) {
        return bytes < 0 ? Double.NaN : bytes / 1048576.0;
    }
}
