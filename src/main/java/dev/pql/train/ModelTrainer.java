package dev.pql.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import dev.pql.config.ModelConfig;
import dev.pql.config.TrainerConfig;
import dev.pql.data.Split;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.model.Engines;
import dev.pql.model.Network;
import dev.pql.model.OutputHead;
import dev.pql.model.OutputLosses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The training loop: shuffled mini-batches, the configured optimizer and learning-rate schedule,
 * L1/L2 penalty and gradient clipping, gradient accumulation, validation after each epoch (or at
 * the checkpoints {@link StepPlan} sets), early stopping on the validation metric, and the best
 * evaluation's weights kept. Deterministic for a seed: the weights'
 * initialisation, dropout and shuffling all draw from {@code random_seed}.
 */
public final class ModelTrainer {
    private final ModelConfig config;
    private final Consumer<TrainingProgress> progress;
    private final BooleanSupplier cancelled;
    private final StopRule stopRule;

    public ModelTrainer(ModelConfig config, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        this(config, progress, cancelled, StopRule.NEVER);
    }

    /** {@code stopRule} may end training after an evaluation (a HYPEROPT scheduler); the best evaluation is kept. */
    public ModelTrainer(ModelConfig config, Consumer<TrainingProgress> progress, BooleanSupplier cancelled,
                        StopRule stopRule) {
        this.config = config;
        this.progress = progress;
        this.cancelled = cancelled;
        this.stopRule = stopRule;
    }

    public TrainingResult train(Network network, OutputHead head, TrainingData data, Split split) {
        return train(network, List.of(head), data, split);
    }

    /**
     * Trains a network with one decoder per output feature ({@code heads} in config order, as
     * {@code data.targets()}); the loss is their (weighted) sum, see {@link OutputLosses}.
     */
    public TrainingResult train(Network network, List<OutputHead> heads, TrainingData data, Split split) {
        Engines.pytorch().setRandomSeed((int) (long) config.randomSeed());
        TrainerConfig tc = config.trainer();
        long started = System.nanoTime();
        StepPlan plan = StepPlan.of(tc, split.train().length);
        LearningRateSchedule schedule = new LearningRateSchedule(tc, plan.stepsPerEpoch());
        Loss loss = OutputLosses.of(heads);
        try (Model model = Model.newInstance("pql", "PyTorch")) {
            model.setBlock(network);
            DefaultTrainingConfig djl = new DefaultTrainingConfig(loss).optOptimizer(Optimizers.create(tc, schedule));
            try (Trainer trainer = model.newTrainer(djl)) {
                trainer.initialize(sampleShapes(data, split.train()));
                return loop(trainer, network, heads, loss, data, split, schedule, plan, started);
            }
        }
    }

    private TrainingResult loop(Trainer trainer, Network network, List<OutputHead> heads, Loss loss, TrainingData data,
                                Split split, LearningRateSchedule schedule, StepPlan plan, long started) {
        TrainerConfig tc = config.trainer();
        String metric = tc.validationMetric();
        boolean higher = Metrics.higherIsBetter(metric);
        Random random = new Random(config.randomSeed());
        GradientTools tools = new GradientTools(network, tc);
        int[] train = split.train().clone();
        int[] validation = split.validation().length > 0 ? split.validation() : split.train();
        List<EpochLog> log = new ArrayList<>();
        byte[] best = null;
        double bestValue = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int sinceBest = 0;
        long steps = 0;
        int batchSize = plan.batchSize();
        int batchCount = (train.length + batchSize - 1) / batchSize;
        training:
        for (int epoch = 1; epoch <= plan.maxEpochs(); epoch++) {
            if (!Boolean.FALSE.equals(tc.shouldShuffle())) {
                shuffle(train, random);
            }
            double lossSum = 0;
            int batches = 0; // since the last evaluation
            int batchInEpoch = 0;
            int pending = 0;
            int from = 0; // first training row (in this epoch's order) since the last evaluation
            // The training metrics read the scores of every stride-th row of the epoch's order (all rows up to
            // Evaluation.TRAINING_METRIC_ROWS): on a large training split, a sample, not a score per row.
            int stride = Evaluation.stride(train.length, Evaluation.TRAINING_METRIC_ROWS);
            float[][][] trainScores = new float[heads.size()][(train.length + stride - 1) / stride][];
            for (int start = 0; start < train.length; start += batchSize) {
                if (cancelled.getAsBoolean()) {
                    throw new PqlException(ErrorCode.CANCELLED, "Training was cancelled; no model version was saved.");
                }
                int end = Math.min(train.length, start + batchSize);
                int[] rows = Arrays.copyOfRange(train, start, end);
                lossSum += step(trainer, network, heads, tools, data, rows, trainScores, start, stride, plan.accumulation());
                batches++;
                batchInEpoch++;
                pending++;
                boolean lastBatch = end == train.length;
                if (pending < plan.accumulation() && !lastBatch) {
                    continue; // gradients add up over the batches of one optimizer step
                }
                tools.clip();
                trainer.step();
                pending = 0;
                steps++;
                progress.accept(new TrainingProgress(epoch, plan.maxEpochs(), batchInEpoch, batchCount, lossSum / batches,
                        Map.of(), (System.nanoTime() - started) / 1e9));
                if (!plan.evaluateAfter(steps, lastBatch)) {
                    continue;
                }
                int first = (from + stride - 1) / stride; // the kept positions in [from, end): multiples of stride
                int last = (end + stride - 1) / stride;
                int[] seen = new int[last - first];
                for (int i = 0; i < seen.length; i++) {
                    seen[i] = train[(first + i) * stride];
                }
                List<float[][]> seenScores = new ArrayList<>();
                for (int h = 0; h < heads.size(); h++) {
                    seenScores.add(Scoring.toDataScale(heads.get(h), Arrays.copyOfRange(trainScores[h], first, last)));
                }
                from = end;
                double trainLoss = lossSum / Math.max(1, batches);
                if (!Double.isFinite(trainLoss)) {
                    throw new PqlException(ErrorCode.TRAINING_FAILED, "Training diverged at epoch " + epoch
                            + " (loss is not a number); lower trainer.learning_rate and try again.");
                }
                Map<String, Double> trainMetrics = new LinkedHashMap<>();
                if (Boolean.TRUE.equals(tc.evaluateTrainingSet())) {
                    trainMetrics.putAll(Evaluation.run(trainer.getManager(), trainer::evaluate, loss, heads, data,
                            Evaluation.spread(split.train(), Evaluation.TRAINING_METRIC_ROWS), batchSize));
                    trainLoss = trainMetrics.get("loss");
                } else {
                    trainMetrics.put("loss", trainLoss);
                    trainMetrics.putAll(Evaluation.metrics(heads, data, seen, seenScores));
                }
                lossSum = 0;
                batches = 0;
                Map<String, Double> val = Evaluation.run(trainer.getManager(), trainer::evaluate, loss, heads, data,
                        validation, batchSize);
                double value = Evaluation.pick(val, metric, heads);
                EpochLog entry = new EpochLog(epoch, steps, trainLoss, val.get("loss"), val,
                        (System.nanoTime() - started) / 1e9, trainMetrics, schedule.rate(steps - 1));
                log.add(entry);
                progress.accept(new TrainingProgress(epoch, plan.maxEpochs(), batchCount, batchCount, trainLoss, val,
                        entry.elapsedSeconds(), trainMetrics));
                boolean improved = best == null || (higher ? value > bestValue : value < bestValue);
                schedule.endEpoch(improved);
                if (improved) {
                    bestValue = value;
                    bestEpoch = epoch;
                    best = snapshot(network);
                    sinceBest = 0;
                } else if (tc.earlyStop() >= 0 && ++sinceBest >= tc.earlyStop()) {
                    break training; // early_stop counts evaluations, as Ludwig's does
                }
                if (steps >= plan.trainSteps() || stopRule.stop(log.size(), entry.elapsedSeconds(), val)) {
                    break training;
                }
            }
        }
        restore(network, trainer.getManager(), best);
        // A fresh parameter store: the trainer's caches the last epoch's arrays, not the restored best.
        ParameterStore ps = new ParameterStore(trainer.getManager(), false);
        Function<NDList, NDList> bestForward = x -> network.forward(ps, x, false);
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("training", Evaluation.run(trainer.getManager(), bestForward, loss, heads, data,
                Evaluation.spread(split.train(), Evaluation.TRAINING_METRIC_ROWS), batchSize));
        if (split.validation().length > 0) {
            metrics.put("validation", Evaluation.run(trainer.getManager(), bestForward, loss, heads, data,
                    split.validation(), batchSize));
        }
        if (split.test().length > 0) {
            metrics.put("test", Evaluation.run(trainer.getManager(), bestForward, loss, heads, data, split.test(), batchSize));
        }
        // The first output's scores: what k-fold training (one output only) averages and measures.
        float[][] validationScores = Scoring.scoreAll(trainer.getManager(), bestForward, data.inputs(), split.validation(),
                batchSize, heads).get(0);
        float[][] testScores = Scoring.scoreAll(trainer.getManager(), bestForward, data.inputs(), split.test(), batchSize,
                heads).get(0);
        return new TrainingResult(best, bestEpoch, log, metrics, (System.nanoTime() - started) / 1e9, validationScores,
                testScores, split.validation());
    }

    /**
     * Forward and backward on {@code rows}, adding to the gradients (the caller steps the optimizer);
     * the training-mode scores of the rows at epoch positions {@code offset + i} that are multiples
     * of {@code stride} go to {@code scores[position / stride]}. The loss is divided by the batches
     * an optimizer step accumulates, so n batches of b rows step as one batch of n·b would.
     */
    private static double step(Trainer trainer, Network network, List<OutputHead> heads, GradientTools tools,
                               TrainingData data, int[] rows, float[][][] scores, int offset, int stride, int accumulation) {
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDList x = inputs(m, data, rows);
            NDList y = labels(m, heads, data, rows);
            double loss;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDList out = trainer.forward(x);
                NDArray l = trainer.getLoss().evaluate(y, out);
                loss = l.getFloat();
                NDArray extra = network.auxiliaryLoss();
                NDArray total = tools.regularize(extra == null ? l : l.add(extra));
                gc.backward(accumulation == 1 ? total : total.div(accumulation));
                for (int h = 0; h < heads.size(); h++) {
                    float[][] s = heads.get(h).scores(out.get(h));
                    for (int i = (stride - offset % stride) % stride; i < s.length; i += stride) {
                        scores[h][(offset + i) / stride] = s[i];
                    }
                }
            }
            return loss;
        }
    }

    static NDList inputs(NDManager m, TrainingData data, int[] rows) {
        NDList x = new NDList(data.inputs().size());
        for (Encoded e : data.inputs()) {
            x.add(e.toNDArray(m, rows));
        }
        return x;
    }

    /** Each output's labels of {@code rows}, as its loss takes them (config order). */
    static NDList labels(NDManager m, List<OutputHead> heads, TrainingData data, int[] rows) {
        NDList y = new NDList(heads.size());
        for (int h = 0; h < heads.size(); h++) {
            y.add(heads.get(h).labels(m, data.targets().get(h).labels(), rows));
        }
        return y;
    }

    /** Shapes of a two-row batch: the parameters depend only on the layout, not on the lengths. */
    private static ai.djl.ndarray.types.Shape[] sampleShapes(TrainingData data, int[] train) {
        int[] rows = Arrays.copyOf(train, Math.min(2, train.length));
        ai.djl.ndarray.types.Shape[] shapes = new ai.djl.ndarray.types.Shape[data.inputs().size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = data.inputs().get(i).shape(rows);
        }
        return shapes;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The network's weights as bytes (DJL's parameter format). */
    public static byte[] snapshot(Network network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            network.saveParameters(out);
        } catch (IOException e) {
            throw new PqlException(ErrorCode.INTERNAL_ERROR, "Cannot snapshot weights: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Loads weights saved by {@link #snapshot} into an initialised network. */
    public static void restore(Network network, NDManager manager, byte[] weights) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            network.loadParameters(manager, in);
        } catch (IOException | ai.djl.MalformedModelException e) {
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot load model weights: " + e.getMessage(), e);
        }
    }
}
