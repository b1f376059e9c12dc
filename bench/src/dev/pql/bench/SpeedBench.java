package dev.pql.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Section 2: training speed against PyTorch from Python. The spam text model with
 * torch_baseline.py's architecture, trained by PQL and by the script in the same run, rounds
 * alternating which goes first. Seconds per epoch are medians over epochs 2..N (epoch 1 is the
 * warm-up) of all rounds. The PQL figure is its training pass; its per-epoch validation pass is
 * reported beside it. Also yields the spam "named config" accuracies (section 1).
 */
final class SpeedBench {
    static final String SECTION = "speed";
    private final Ctx ctx;
    private final StringBuilder footnotes = new StringBuilder();

    SpeedBench(Ctx ctx) {
        this.ctx = ctx;
    }

    void run() throws Exception {
        ctx.dataset("spam_assassin");
        StringBuilder md = ctx.results.details(SECTION);
        md.append("The spam model of `torch_baseline.py` (subject and body, each its own encoder with 64-dim embeddings; "
                + "concat → fc 64 + ReLU → 2 classes; Adam 1e-3; batch 128; 4837 training rows; tokenizer space_punct + "
                + "lowercase, 20000-token vocabulary, 256 tokens max), PQL through JDBC with\n\n```sql\n"
                + SpamModels.statement(SpamModels.EMBED, "spam_embed", 4) + "\n```\n\n"
                + "Seconds per epoch: medians over epochs 2..N of every round (epoch 1 is the warm-up). PQL's epoch = "
                + "training pass + a validation pass (here over the training rows, since the split keeps them all "
                + "for training); the ratio compares the training passes, the PQL column \"epoch\" shows the whole. "
                + "On a shared machine single epochs swing several-fold on both sides; the fastest epoch of each side "
                + "(the least disturbed) is shown beside the medians. "
                + "PyTorch: `torch_baseline.py --threads 2`, whose `train_s` is its training pass. PQL's parallel_cnn "
                + "convolutions are unpadded, the script's pad k//2: a few positions more work for the script.\n\n");
        md.append("| encoder | epochs × rounds | PQL s/epoch (train pass) | PQL epoch incl. validation | PyTorch s/epoch | "
                + "ratio | goal ≤ 1.0× | fastest epoch, PQL vs PyTorch | PQL test acc | PyTorch test acc | load |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<SpamModels.Encoder> encoders = ctx.quick ? List.of(SpamModels.EMBED)
                : List.of(SpamModels.EMBED, SpamModels.PARALLEL_CNN, SpamModels.RNN);
        for (SpamModels.Encoder e : encoders) {
            int epochs = ctx.quick ? 2 : e == SpamModels.EMBED ? 4 : e == SpamModels.RNN ? 2 : 3;
            int rounds = ctx.quick || e != SpamModels.EMBED ? 1 : 3;
            compare(e, epochs, rounds, md);
        }
        if (!ctx.quick) {
            Ctx.log("named config: transformer");
            SpamModels.Run t = SpamModels.train(ctx, SpamModels.TRANSFORMER, 3);
            namedConfig(t, Double.NaN, 3);
        }
        md.append(footnotes).append("\n");
    }

    /** The named configs alone, when section 2 is not run: each encoder, 3 epochs (1 with --quick), no peer. */
    void namedOnly() throws Exception {
        ctx.dataset("spam_assassin");
        int epochs = ctx.quick ? 1 : 3;
        for (SpamModels.Encoder e : List.of(SpamModels.EMBED, SpamModels.PARALLEL_CNN, SpamModels.RNN, SpamModels.TRANSFORMER)) {
            Ctx.log("named config: " + e.name());
            namedConfig(SpamModels.train(ctx, e, epochs), Double.NaN, epochs);
        }
    }

    private void compare(SpamModels.Encoder e, int epochs, int rounds, StringBuilder md) throws Exception {
        List<Double> pqlTrain = new ArrayList<>();
        List<Double> pqlEpoch = new ArrayList<>();
        List<Double> torchTrain = new ArrayList<>();
        SpamModels.Run last = null;
        Peers.TorchRun lastTorch = null;
        List<Double> loads = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                boolean pqlTurn = (turn == 0) == (r % 2 == 0);
                loads.add(Ctx.load());
                if (pqlTurn) {
                    Ctx.log("speed: PQL " + e.name() + " round " + (r + 1));
                    last = SpamModels.train(ctx, e, epochs);
                    if (!last.ok()) {
                        break;
                    }
                    for (int i = 1; i < last.trainPass().size(); i++) {
                        pqlTrain.add(last.trainPass().get(i));
                        pqlEpoch.add(last.trainPass().get(i) + last.validationPass().get(i));
                    }
                    Ctx.log("speed: PQL " + e.name() + " train pass " + last.trainPass() + " validation " + last.validationPass());
                } else if (ctx.torch && (last == null || last.ok())) {
                    Ctx.log("speed: PyTorch " + e.name() + " round " + (r + 1));
                    lastTorch = Peers.torch(ctx, ctx.peers.resolve("torch_baseline.py"), e.name(), epochs, 3000);
                    for (Peers.TorchEpoch te : lastTorch.epochs()) {
                        if (te.epoch() > 1) {
                            torchTrain.add(te.trainSeconds());
                        }
                    }
                    Ctx.log("speed: PyTorch " + e.name() + " " + lastTorch.epochs());
                }
            }
            if (last != null && !last.ok()) {
                break;
            }
        }
        double torchAcc = lastTorch == null || lastTorch.epochs().isEmpty() ? Double.NaN
                : lastTorch.epochs().get(lastTorch.epochs().size() - 1).testAccuracy();
        namedConfig(last, torchAcc, epochs);
        String figure = "Training speed, " + e.name() + ": PQL / PyTorch s per epoch";
        if (!last.ok()) {
            String met = SpamModels.notSupported(last.error()) ? "not supported yet" : "no";
            ctx.results.add(new Results.Row(SECTION, e.name(), "train_s_per_epoch", Double.NaN, "s", "PyTorch", Double.NaN,
                    Double.NaN, "<= 1.0x", met, last.error()));
            ctx.results.summary(new Results.Summary(SECTION, figure, "≤ 1.0×", "PQL: " + last.error(), met));
            md.append("| ").append(e.name()).append(" | – | ").append(met).append(" | | not run (nothing to compare) | | ")
                    .append(met).append(" | | | ").append(Stats.fmt(Stats.mean(loads))).append(" |\n");
            return;
        }
        double p = Stats.median(pqlTrain);
        double t = Stats.median(torchTrain);
        double ratio = p / t;
        String met = Double.isNaN(p) ? "no (PQL not measured)" : Double.isNaN(t) ? "n/a (no PyTorch)" : ratio <= 1.0 ? "yes" : "no";
        if (!last.fromEvents()) {
            footnotes.append("\n(").append(e.name()).append(": this engine build has no progress events; PQL s/epoch = "
                    + "(T(N epochs) − T(1 epoch)) / (N − 1), validation pass included.)\n\n");
        }
        String note = (last.fromEvents() ? "" : "no progress events: epoch time by difference, validation included; ")
                + "PQL train passes " + pqlTrain + "; PyTorch " + torchTrain + "; load " + Stats.fmt(Stats.mean(loads));
        ctx.results.add(new Results.Row(SECTION, e.name(), "train_s_per_epoch", p, "s", "PyTorch", t, ratio, "<= 1.0x", met, note));
        double pMin = pqlTrain.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double tMin = torchTrain.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        ctx.results.add(new Results.Row(SECTION, e.name(), "fastest_train_s_per_epoch", pMin, "s", "PyTorch", tMin, pMin / tMin,
                "", "", "fastest epoch 2..N of each side: the least disturbed by other load"));
        ctx.results.add(SECTION, e.name(), "epoch_s_incl_validation", Stats.median(pqlEpoch), "s", "PQL epoch incl. validation pass");
        ctx.results.add(SECTION, e.name(), "pql_total_s", last.totalSeconds(), "s", "whole CREATE MODEL, " + epochs + " epochs");
        if (lastTorch != null) {
            ctx.results.add(SECTION, e.name(), "torch_preprocess_s", lastTorch.preprocessSeconds(), "s", "tokenize + vocabulary");
        }
        ctx.results.summary(new Results.Summary(SECTION, figure, "≤ 1.0×",
                Stats.fmt(p) + " s vs " + Stats.fmt(t) + " s (" + Stats.ratio(ratio) + ")", met));
        md.append("| ").append(e.name()).append(" | ").append(epochs).append(" × ").append(rounds).append(" | ")
                .append(Stats.fmt(p)).append(" | ").append(Stats.fmt(Stats.median(pqlEpoch))).append(" | ").append(Stats.fmt(t))
                .append(" | ").append(Stats.ratio(ratio)).append(" | ").append(met).append(" | ").append(Stats.fmt(pMin))
                .append(" vs ").append(Stats.fmt(tMin)).append(" (").append(Stats.ratio(pMin / tMin)).append(")")
                .append(" | ").append(Stats.score(last.testAccuracy()))
                .append(" | ").append(Stats.score(torchAcc)).append(" | ").append(Stats.fmt(Stats.mean(loads))).append(" |\n");
    }

    /** The spam "named config" accuracy row of section 1, from a speed run. */
    private void namedConfig(SpamModels.Run run, double torchAccuracy, int epochs) {
        String name = "spam_assassin " + run.encoder() + " (torch architecture, " + epochs + " epochs)";
        String met = run.ok() ? "n/a" : SpamModels.notSupported(run.error()) ? "not supported yet" : "no";
        ctx.results.add(new Results.Row(AccuracyBench.SECTION, name, "accuracy", run.testAccuracy(), "",
                "PyTorch same architecture", torchAccuracy, run.testAccuracy() / torchAccuracy, "", met,
                run.ok() ? "" : run.error()));
        StringBuilder md = ctx.results.details(AccuracyBench.SECTION + "-named");
        if (md.length() == 0) {
            md.append("Named configs on the spam set: the architecture of section 2 with each text encoder, a fixed "
                    + "number of epochs, all training rows (no early stop), EVALUATE on the test rows. The peer is "
                    + "`torch_baseline.py` with the same encoder and epochs (same run).\n\n"
                    + "| encoder | epochs | PQL accuracy | PyTorch accuracy | ratio | note |\n|---|---|---|---|---|---|\n");
        }
        md.append("| ").append(run.encoder()).append(" | ").append(epochs).append(" | ")
                .append(run.ok() ? Stats.score(run.testAccuracy()) : met).append(" | ").append(Stats.score(torchAccuracy))
                .append(" | ").append(Stats.ratio(run.testAccuracy() / torchAccuracy)).append(" | ")
                .append(run.ok() ? "" : run.error().replace("|", "/")).append(" |\n");
        if (!run.ok()) {
            ctx.results.summary(new Results.Summary(AccuracyBench.SECTION, "Named config: spam " + run.encoder(),
                    "trains", run.error(), met));
        }
    }
}
