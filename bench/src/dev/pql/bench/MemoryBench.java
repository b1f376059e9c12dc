package dev.pql.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Section 6: heap and RSS while PREDICT streams the generated table (two sizes, ten times apart)
 * and while CREATE MODEL trains on it, each in a fresh JVM ({@link MemoryProbe}) with a fixed
 * heap limit. The goal: PREDICT's memory does not grow with the row count.
 */
final class MemoryBench {
    static final String SECTION = "memory";
    /** PREDICT runs under a small fixed heap: memory that grew with the rows would end in OutOfMemoryError. */
    static final String PREDICT_XMX = "-Xmx256m";
    /** Training holds its rows in the heap (see the section's text): room for ten million of them and H2's cache. */
    static final String TRAIN_XMX = "-Xmx4g";
    /** What a probe reports, in the table's order. */
    private static final List<String> PROBE_FIGURES = List.of("seconds", "heap_baseline_mb", "heap_mid_live_mb",
            "heap_peak_used_mb", "heap_max_live_mb", "rss_before_mb", "rss_hwm_mb");
    private final Ctx ctx;

    MemoryBench(Ctx ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        long small = ctx.quick ? 10_000 : 100_000;
        long big = ctx.quick ? 100_000 : 1_000_000;
        // Training's growth curve goes a step further than PREDICT's: 10M rows (the table takes about a minute to make).
        long trainLargest = ctx.quick ? 0 : 10_000_000;
        Fixtures.gen(ctx, Math.max(big, trainLargest));
        long textSmall = ctx.quick ? 2_000 : 10_000;
        long textBig = ctx.quick ? 10_000 : 100_000;
        Fixtures.spamRows(ctx, textBig);
        ctx.closeDb(); // the children open the same database folder; H2 lets one process in at a time
        StringBuilder md = ctx.results.details(SECTION);
        md.append("Each workload in a fresh JVM (PREDICT `java " + PREDICT_XMX + "`, training `java " + TRAIN_XMX + "`, default "
                + "GC), after a warm-up PREDICT of 2000 rows (engine and model loaded). \"Retained\": heap in use right "
                + "after a full collection (`System.gc()`) half way through the PREDICT stream, i.e. what streaming keeps; "
                + "peak used heap (sampled every 5 ms and from GC notifications) follows the collector's laziness more "
                + "than the data. RSS: `/proc/self/status` VmRSS "
                + "before the workload and VmHWM (the process's peak) after. PREDICT = `PREDICT label USING gen_model "
                + "GIVEN SELECT id, x1, x2, x3, x4, c FROM gen WHERE id <= n`, every row read; training = `CREATE "
                + "MODEL ... FROM (SELECT * FROM gen WHERE id <= n) WITH (model_type = 'ecd', trainer.epochs = 2, "
                + "trainer.early_stop = -1)`; text training = the same on `spam_rows` (the spam set's rows repeated) with `PREDICT "
                + "class GIVEN subject, body`, both texts `encoder.type = 'embed'`.\n\n");
        md.append("| workload | rows | s | heap before MB | retained mid-stream MB | peak heap used MB | largest live heap MB "
                + "(after a collection) | RSS before MB | peak RSS MB |\n|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Double> p1 = probe("predict", small, md);
        Map<String, Double> p2 = probe("predict", big, md);
        // The growth curve of training: ten times the rows each step.
        Map<String, Double> t1 = probe("train", ctx.quick ? 10_000 : 100_000, md);
        Map<String, Double> t2 = ctx.quick ? Map.of() : probe("train", 1_000_000, md);
        Map<String, Double> t3 = ctx.quick ? Map.of() : probe("train", trainLargest, md);
        // Text's growth curve: the spam rows repeated (Fixtures.spamRows), both texts through the embed encoder.
        Map<String, Double> x1 = probe("train_text", textSmall, md);
        Map<String, Double> x2 = probe("train_text", textBig, md);
        double heap1 = p1.getOrDefault("heap_mid_live_mb", Double.NaN);
        double heap2 = p2.getOrDefault("heap_mid_live_mb", Double.NaN);
        double rss1 = p1.getOrDefault("rss_hwm_mb", Double.NaN);
        double rss2 = p2.getOrDefault("rss_hwm_mb", Double.NaN);
        boolean flat = heap2 <= 1.2 * heap1 + 16 && rss2 <= 1.2 * rss1 + 64;
        String met = Double.isNaN(heap2) || Double.isNaN(rss2) ? "no" : flat ? "yes" : "no";
        String measured = "retained heap " + Stats.fmt(heap1) + " → " + Stats.fmt(heap2) + " MB, peak RSS " + Stats.fmt(rss1)
                + " → " + Stats.fmt(rss2) + " MB (" + ThroughputBench.rowsLabel(small) + " → " + ThroughputBench.rowsLabel(big) + " rows)";
        ctx.results.add(new Results.Row(SECTION, "predict growth", "retained_heap_mb_ratio", heap2 / heap1, "x", "", Double.NaN,
                Double.NaN, "flat: big <= 1.2 x small + 16 MB retained heap, + 64 MB peak RSS; within " + PREDICT_XMX, met, measured));
        ctx.results.summary(new Results.Summary(SECTION, "Memory while PREDICT streams " + ThroughputBench.rowsLabel(big)
                + " rows", "no growth with rows", measured, met));
        if (!ctx.quick) {
            trainingGrowth("train growth", "CREATE MODEL (ecd, 2 epochs) on the generated table", t1, t2, md);
            trainingGrowth("train growth 10M", "CREATE MODEL (ecd, 2 epochs) on the generated table", t2, t3, md);
        }
        trainingGrowth("train text growth", "CREATE MODEL (embed text, 2 epochs) on the spam rows", x1, x2, md);
        md.append("\nGoal test: both PREDICT runs finish within " + PREDICT_XMX + ", and with 10× the rows the retained "
                + "heap stays within 1.2× + 16 MB and peak RSS within 1.2× + 64 MB of the smaller run. Training reads its rows into "
                + "memory, column by column, encodes them and lets go of them; the growth lines say how much heap that holds per "
                + "row. The live heap includes H2's page cache, which keeps the pages a scan read up to its CACHE_SIZE (a fixed "
                + "share of the heap limit).\n\n");
    }

    /** Training's time and live heap per row at two sizes ten times apart: linear means the same per row. */
    private void trainingGrowth(String name, String what, Map<String, Double> small, Map<String, Double> big,
                                StringBuilder md) {
        double perRowSmall = microsPerRow(small);
        double perRowBig = microsPerRow(big);
        double liveSmall = small.getOrDefault("heap_max_live_mb", Double.NaN);
        double liveBig = big.getOrDefault("heap_max_live_mb", Double.NaN);
        String sizes = ThroughputBench.rowsLabel(small.getOrDefault("rows", Double.NaN).longValue()) + " → "
                + ThroughputBench.rowsLabel(big.getOrDefault("rows", Double.NaN).longValue()) + " rows";
        // What the workload holds per row: its live heap less the heap before it. That includes H2's page cache, which
        // grows with the pages a scan reads up to its CACHE_SIZE (a fixed share of -Xmx), so the larger size tells the cost
        // of one more row better.
        double bytesSmall = heldPerRow(small);
        double bytesBig = heldPerRow(big);
        String measured = "time " + Stats.fmt(perRowSmall) + " → " + Stats.fmt(perRowBig) + " µs per row, live heap "
                + Stats.fmt(liveSmall) + " → " + Stats.fmt(liveBig) + " MB (" + sizes + "), "
                + Stats.fmt(bytesSmall) + " → " + Stats.fmt(bytesBig) + " bytes per row held";
        // Time linear in rows: per row within 1.5x. Heap bounded: it does not grow tenfold with the rows.
        boolean linear = perRowBig <= 1.5 * perRowSmall;
        boolean bounded = liveBig <= 2 * liveSmall + 64;
        String met = Double.isNaN(perRowBig) ? "no" : linear && bounded ? "yes" : "no";
        ctx.results.add(new Results.Row(SECTION, name, "us_per_row_ratio", perRowBig / perRowSmall, "x", "",
                Double.NaN, Double.NaN, "time per row within 1.5x and live heap within 2x + 64 MB, " + sizes, met,
                measured));
        ctx.results.summary(new Results.Summary(SECTION, what + ", " + sizes, "time linear, heap bounded", measured, met));
        md.append("\n").append(what).append(": ").append(measured).append(". Goal: time per row within 1.5× (linear) and "
                + "live heap (after a collection) within 2× + 64 MB (bounded): ").append(met).append(".\n");
    }

    /** The live heap a probe's workload held per row (its largest live heap less the heap before it), in bytes. */
    private static double heldPerRow(Map<String, Double> probe) {
        double held = probe.getOrDefault("heap_max_live_mb", Double.NaN) - probe.getOrDefault("heap_baseline_mb", Double.NaN);
        return held * 1024 * 1024 / probe.getOrDefault("rows", Double.NaN);
    }

    /** A probe's seconds per row it reports, in µs; NaN for a probe that failed. */
    private static double microsPerRow(Map<String, Double> probe) {
        return probe.getOrDefault("seconds", Double.NaN) / probe.getOrDefault("rows", Double.NaN) * 1e6;
    }

    private Map<String, Double> probe(String mode, long rows, StringBuilder md) {
        Ctx.log("memory: " + mode + " " + rows + " rows in a fresh JVM");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String xmx = mode.equals("predict") ? PREDICT_XMX : TRAIN_XMX;
        List<String> out = Peers.run(ctx, 1200, List.of(java, xmx, "-cp", ctx.classpath, "dev.pql.bench.MemoryProbe", mode,
                ctx.dbDir().toString(), String.valueOf(rows)));
        String result = out.stream().filter(l -> l.startsWith("RESULT")).findFirst().orElse(null);
        String name = mode + " " + ThroughputBench.rowsLabel(rows);
        if (result == null) {
            String err = SpamModels.oneLine(String.join(" | ", out.subList(Math.max(0, out.size() - 5), out.size())));
            ctx.results.add(new Results.Row(SECTION, name, "error", Double.NaN, "", "", Double.NaN, Double.NaN, "", "no", err));
            md.append("| ").append(mode).append(" | ").append(ThroughputBench.rowsLabel(rows)).append(" | failed: ")
                    .append(err.replace("|", "/")).append(" | | | | | | |\n");
            return Map.of();
        }
        Map<String, Double> v = Peers.values(result);
        for (String k : PROBE_FIGURES) {
            ctx.results.add(SECTION, name, k, v.getOrDefault(k, Double.NaN), k.endsWith("mb") ? "MB" : "s",
                    k.equals("seconds") ? "heap limit " + Stats.fmt(v.getOrDefault("heap_max_mb", Double.NaN)) + " MB" : "");
        }
        md.append("| ").append(mode).append(" | ").append(ThroughputBench.rowsLabel(rows));
        for (String k : PROBE_FIGURES) {
            double x = v.getOrDefault(k, Double.NaN);
            md.append(" | ").append(k.equals("heap_mid_live_mb") && x < 0 ? "–" : Stats.fmt(x));
        }
        md.append(" |\n");
        return v;
    }
}
