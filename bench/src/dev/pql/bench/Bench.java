package dev.pql.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The benchmark driver: {@code Bench [--data DIR] [--out DIR] [--quick] [--sections a,b]}. Runs
 * the selected sections in order, each against its peer in the same run, and writes
 * {@code benchmarks.md} and {@code benchmarks.csv} into the output folder. A section that fails
 * is reported as failed; the others still run.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Ctx ctx = Ctx.parse(args);
        long t0 = System.nanoTime();
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        double loadStart = Ctx.load();
        ctx.results = new Results(ctx.out.resolve("benchmarks.csv"));
        Ctx.cleanDir(ctx.work);
        Peers.probe(ctx);
        Ctx.log("PQL benchmarks" + (ctx.quick ? " (quick)" : "") + ": " + String.join(", ", ctx.sections) + "; peers: "
                + ctx.peerVersions);
        for (String section : ctx.sections) {
            Ctx.log("== " + section + " (load " + Stats.fmt(Ctx.load()) + ")");
            try {
                switch (section) {
                    case "accuracy" -> {
                        new AccuracyBench(ctx).run();
                        if (!ctx.sections.contains("speed")) {
                            new SpeedBench(ctx).namedOnly();
                        }
                    }
                    case "speed" -> new SpeedBench(ctx).run();
                    case "throughput" -> new ThroughputBench(ctx).run();
                    case "latency" -> new LatencyBench(ctx).run();
                    case "overhead" -> new OverheadBench(ctx).run();
                    case "memory" -> new MemoryBench(ctx).run();
                    case "pretrained" -> new PretrainedBench(ctx).run();
                    default -> throw new IllegalStateException(section);
                }
            } catch (Exception | Error e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                System.out.println(trace);
                ctx.results.summary(new Results.Summary(section, "Section " + section + " ran to the end", "no error",
                        SpamModels.oneLine(e.toString()), "no"));
                ctx.results.details("errors").append("Section ").append(section).append(" failed:\n\n```\n")
                        .append(trace.toString().lines().limit(15).reduce("", (a, b) -> a + b + "\n")).append("```\n\n");
            }
        }
        ctx.closeDb();
        double minutes = (System.nanoTime() - t0) / 60e9;
        Report.write(ctx, ctx.out.resolve("benchmarks.md"), started, minutes, loadStart, Ctx.load());
        Ctx.log("wrote " + ctx.out.resolve("benchmarks.md") + " and benchmarks.csv in " + Stats.fmt(minutes) + " minutes");
        System.exit(0);
    }
}
