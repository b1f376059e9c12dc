package dev.pql.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Python peers of ../shared/bench: started as processes in the same run, their output parsed. */
final class Peers {
    private static final Pattern KV = Pattern.compile("(\\w+)=([-0-9.eE]+)");

    /** One epoch line of torch_baseline.py. */
    record TorchEpoch(int epoch, double trainSeconds, double loss, double testAccuracy, double predictRowsPerSecond) {
    }

    /** What torch_baseline.py printed; {@code error} is set when it did not run. */
    record TorchRun(double preprocessSeconds, List<TorchEpoch> epochs, String error) {
    }

    private Peers() {
    }

    /** Finds out which peers can run here (python3 with sklearn/pandas, with torch). */
    static void probe(Ctx ctx) {
        if (!Files.isExecutable(Path.of(ctx.python))) {
            ctx.peerVersions = ctx.python + " not found";
            return;
        }
        List<String> sk = run(ctx, 60, List.of(ctx.python, "-c",
                "import sklearn, pandas; print('sklearn', sklearn.__version__, 'pandas', pandas.__version__)"));
        ctx.sklearn = sk.size() == 1 && sk.get(0).startsWith("sklearn");
        List<String> th = run(ctx, 60, List.of(ctx.python, "-c", "import torch; print('torch', torch.__version__)"));
        ctx.torch = th.size() == 1 && th.get(0).startsWith("torch");
        ctx.peerVersions = (ctx.sklearn ? sk.get(0) : "scikit-learn not installed") + "; "
                + (ctx.torch ? th.get(0) : "PyTorch not installed");
    }

    /** sklearn_baselines.py on the data folder: dataset → best score (accuracy, or R² for diabetes). */
    static Map<String, Double> sklearnBest(Ctx ctx, Path script) {
        Map<String, Double> best = new HashMap<>();
        if (!ctx.sklearn) {
            return best;
        }
        for (String line : run(ctx, 900, List.of(ctx.python, script.toString(), ctx.data.toAbsolutePath().toString()))) {
            String[] parts = line.trim().split("\\s+");
            Map<String, Double> kv = values(line);
            Double score = kv.containsKey("accuracy") ? kv.get("accuracy") : kv.get("r2");
            if (parts.length > 2 && score != null) {
                best.merge(parts[0], score, Math::max);
            }
        }
        return best;
    }

    /** torch_baseline.py on the spam set with one encoder. */
    static TorchRun torch(Ctx ctx, Path script, String encoder, int epochs, int timeoutSeconds) {
        List<String> out = run(ctx, timeoutSeconds, List.of(ctx.python, script.toString(),
                ctx.data.resolve("spam_assassin.csv").toAbsolutePath().toString(), "--encoder", encoder,
                "--epochs", String.valueOf(epochs), "--threads", "2"));
        double pre = Double.NaN;
        List<TorchEpoch> list = new ArrayList<>();
        for (String line : out) {
            Map<String, Double> kv = values(line);
            if (kv.containsKey("preprocess_s")) {
                pre = kv.get("preprocess_s");
            } else if (kv.containsKey("epoch") && kv.containsKey("train_s")) {
                list.add(new TorchEpoch(kv.get("epoch").intValue(), kv.get("train_s"), kv.getOrDefault("loss", Double.NaN),
                        kv.getOrDefault("test_acc", Double.NaN), kv.getOrDefault("predict_rows_per_s", Double.NaN)));
            }
        }
        String error = list.isEmpty() ? "torch_baseline.py printed no epochs: " + String.join(" | ", out) : null;
        return new TorchRun(pre, list, error);
    }

    static Map<String, Double> values(String line) {
        Map<String, Double> kv = new HashMap<>();
        Matcher m = KV.matcher(line);
        while (m.find()) {
            try {
                kv.put(m.group(1), Double.parseDouble(m.group(2)));
            } catch (NumberFormatException ignored) {
                // not a number: not a figure
            }
        }
        return kv;
    }

    /** Runs a command, returns its output lines (stderr merged); gives up after the timeout. */
    static List<String> run(Ctx ctx, int timeoutSeconds, List<String> command) {
        List<String> lines = new ArrayList<>();
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        synchronized (lines) {
                            lines.add(l);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                lines.add("timed out after " + timeoutSeconds + " s");
            }
            reader.join(5000);
        } catch (IOException e) {
            lines.add("cannot start " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }
}
