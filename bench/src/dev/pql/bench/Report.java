package dev.pql.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes docs/benchmarks.md: the machine, the date, the commit, the summary, what missed, the details. */
final class Report {
    static final Map<String, String> TITLES = Map.of(
            "accuracy", "1. Accuracy against scikit-learn",
            "accuracy-named", "1b. Named configs on the spam set",
            "speed", "2. Training speed against PyTorch from Python",
            "throughput", "3. PREDICT throughput",
            "latency", "4. One-row PREDICT latency",
            "overhead", "5. Statement overhead (no training)",
            "memory", "6. Memory",
            "pretrained", "7. Pretrained text encoder on 300 spam rows");
    static final List<String> ORDER = List.of("accuracy", "accuracy-named", "speed", "throughput", "latency", "overhead",
            "memory", "pretrained", "errors");

    private Report() {
    }

    static void write(Ctx ctx, Path file, String started, double minutes, double loadStart, double loadEnd) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# PQL benchmarks\n\n");
        md.append("Written by `bench/run").append(ctx.quick ? " --quick" : "").append("` (see `bench/README.md`); raw "
                + "figures in `").append(file.getParent() == null ? "" : file.getParent() + "/").append("benchmarks.csv`. ")
                .append(ctx.quick ? "**Quick smoke run: fewer seeds, epochs, rows and calls; not the reference figures.** " : "")
                .append("Each figure is taken side by side with its peer in the same run.\n\n");
        md.append("- Date: ").append(started).append(" (").append(Stats.fmt(minutes)).append(" minutes)\n");
        md.append("- Commit: `").append(ctx.commit).append("`; engine: ").append(ctx.jarInfo.isEmpty() ? "target/pql.jar"
                : ctx.jarInfo).append("\n");
        md.append("- Machine: ").append(SysInfo.machine()).append("\n");
        md.append("- Load average (1 min): ").append(Stats.fmt(loadStart)).append(" at start, ").append(Stats.fmt(loadEnd))
                .append(" at end; the machine is shared, so absolute figures are noisy and ratios are what counts\n");
        md.append("- Software: ").append(SysInfo.software()).append("; peers: ").append(ctx.peerVersions).append("\n");
        md.append("- Data: `").append(ctx.data).append("`; sections: ").append(String.join(", ", ctx.sections)).append("\n\n");
        md.append("## Summary\n\n| section | figure | goal | measured | met? |\n|---|---|---|---|---|\n");
        for (Results.Summary s : ctx.results.summary()) {
            md.append("| ").append(s.section()).append(" | ").append(cell(s.figure())).append(" | ").append(cell(s.goal()))
                    .append(" | ").append(cell(s.measured())).append(" | ").append(mark(s.met())).append(" |\n");
        }
        md.append("\n## Goals missed\n\n");
        List<Results.Summary> missed = ctx.results.summary().stream()
                .filter(s -> !s.met().equals("yes") && !s.met().startsWith("n/a")).toList();
        if (missed.isEmpty()) {
            md.append("None.\n");
        }
        for (Results.Summary s : missed) {
            md.append("- **").append(s.figure()).append("**: ").append(s.measured()).append(" (goal ").append(s.goal())
                    .append(") — ").append(s.met()).append("\n");
        }
        md.append("\n");
        for (String key : ORDER) {
            StringBuilder d = ctx.results.details().get(key);
            if (d != null && d.length() > 0) {
                md.append("## ").append(TITLES.getOrDefault(key, "Errors")).append("\n\n").append(d).append("\n");
            }
        }
        md.append("## Reproduce\n\n```\nbench/run                       # everything, writes docs/benchmarks.md and .csv\n"
                + "bench/run --quick               # smoke run, writes target/bench-quick/\n"
                + "bench/run --sections latency    # some sections: accuracy,speed,throughput,latency,overhead,memory,pretrained\n```\n");
        Files.writeString(file, md.toString());
    }

    private static String cell(String s) {
        return s.replace("|", "/").replace("\n", " ");
    }

    private static String mark(String met) {
        return switch (met) {
            case "yes" -> "✅ yes";
            case "no" -> "❌ no";
            default -> met.startsWith("n/a") ? met : "❌ " + met;
        };
    }
}
