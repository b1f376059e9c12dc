package dev.pql.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.pql.config.ModelConfig;
import dev.pql.config.TrainerConfig;
import dev.pql.data.Split;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.model.Engines;
import dev.pql.model.Network;
import dev.pql.model.OutputHead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;

/**
 * The training loop: shuffled mini-batches, the configured optimizer, validation after each
 * epoch, early stopping on the validation metric, and the best epoch's weights kept.
 * Deterministic for a seed.
 */
public final class ModelTrainer {
    private final ModelConfig config;
    private final Consumer<TrainingProgress> progress;
    private final BooleanSupplier cancelled;

    public ModelTrainer(ModelConfig config, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        this.config = config;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    public TrainingResult train(Network network, OutputHead head, TrainingData data, Split split) {
        Engines.pytorch().setRandomSeed((int) (long) config.randomSeed());
        TrainerConfig tc = config.trainer();
        long started = System.nanoTime();
        try (Model model = Model.newInstance("pql", "PyTorch")) {
            model.setBlock(network);
            DefaultTrainingConfig djl = new DefaultTrainingConfig(head.loss()).optOptimizer(optimizer(tc));
            try (Trainer trainer = model.newTrainer(djl)) {
                trainer.initialize(sampleShapes(model.getNDManager(), data, split.train()));
                return loop(trainer, network, head, data, split, started);
            }
        }
    }

    private TrainingResult loop(Trainer trainer, Network network, OutputHead head, TrainingData data, Split split,
                                long started) {
        TrainerConfig tc = config.trainer();
        String metric = tc.validationMetric();
        boolean higher = Metrics.higherIsBetter(metric);
        Random random = new Random(config.randomSeed());
        int[] train = split.train().clone();
        int[] validation = split.validation().length > 0 ? split.validation() : split.train();
        List<EpochLog> log = new ArrayList<>();
        byte[] best = null;
        double bestValue = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        long steps = 0;
        for (int epoch = 1; epoch <= tc.epochs(); epoch++) {
            shuffle(train, random);
            double lossSum = 0;
            int batches = 0;
            int batchCount = (train.length + tc.batchSize() - 1) / tc.batchSize();
            for (int start = 0; start < train.length; start += tc.batchSize()) {
                if (cancelled.getAsBoolean()) {
                    throw new PqlException(ErrorCode.CANCELLED, "Training was cancelled; no model version was saved.");
                }
                int[] rows = java.util.Arrays.copyOfRange(train, start, Math.min(train.length, start + tc.batchSize()));
                lossSum += step(trainer, head, data, rows);
                batches++;
                steps++;
                progress.accept(new TrainingProgress(epoch, tc.epochs(), batches, batchCount, lossSum / batches,
                        Map.of(), (System.nanoTime() - started) / 1e9));
            }
            Map<String, Double> val = evaluate(trainer.getManager(), trainer::evaluate, head, data, validation);
            double value = metric.equals("loss") ? val.get("loss") : val.get(metric);
            EpochLog entry = new EpochLog(epoch, steps, lossSum / Math.max(1, batches), val.get("loss"), val,
                    (System.nanoTime() - started) / 1e9);
            log.add(entry);
            progress.accept(new TrainingProgress(epoch, tc.epochs(), batches, batchCount, entry.trainLoss(), val,
                    entry.elapsedSeconds()));
            if (!Double.isFinite(entry.trainLoss())) {
                throw new PqlException(ErrorCode.TRAINING_FAILED, "Training diverged at epoch " + epoch
                        + " (loss is not a number); lower trainer.learning_rate and try again.");
            }
            if (best == null || (higher ? value > bestValue : value < bestValue)) {
                bestValue = value;
                bestEpoch = epoch;
                best = snapshot(network);
            } else if (tc.earlyStop() >= 0 && epoch - bestEpoch >= tc.earlyStop()) {
                break;
            }
        }
        restore(network, trainer.getManager(), best);
        // A fresh parameter store: the trainer's caches the last epoch's arrays, not the restored best.
        ParameterStore ps = new ParameterStore(trainer.getManager(), false);
        Function<NDList, NDList> bestForward = x -> network.forward(ps, x, false);
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("training", evaluate(trainer.getManager(), bestForward, head, data, split.train()));
        if (split.validation().length > 0) {
            metrics.put("validation", evaluate(trainer.getManager(), bestForward, head, data, split.validation()));
        }
        if (split.test().length > 0) {
            metrics.put("test", evaluate(trainer.getManager(), bestForward, head, data, split.test()));
        }
        return new TrainingResult(best, bestEpoch, log, metrics, (System.nanoTime() - started) / 1e9);
    }

    private static double step(Trainer trainer, OutputHead head, TrainingData data, int[] rows) {
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDList x = inputs(m, data, rows);
            NDArray y = head.labels(m, data.labels(), rows);
            double loss;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray l = trainer.getLoss().evaluate(new NDList(y), trainer.forward(x));
                gc.backward(l);
                loss = l.getFloat();
            }
            trainer.step();
            return loss;
        }
    }

    /** Loss and metrics on some rows, in inference mode. */
    private Map<String, Double> evaluate(NDManager manager, Function<NDList, NDList> forward, OutputHead head,
                                         TrainingData data, int[] rows) {
        double lossSum = 0;
        int bs = config.trainer().batchSize();
        Loss loss = head.loss();
        for (int start = 0; start < rows.length; start += bs) {
            int[] batch = java.util.Arrays.copyOfRange(rows, start, Math.min(rows.length, start + bs));
            try (NDManager m = manager.newSubManager()) {
                NDArray l = loss.evaluate(new NDList(head.labels(m, data.labels(), batch)), forward.apply(inputs(m, data, batch)));
                lossSum += l.getFloat() * batch.length;
            }
        }
        float[][] scores = Scoring.score(manager, forward, data.inputs(), rows, bs, head);
        double[] truth = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = data.truth()[rows[i]];
        }
        Double threshold = head.feature().threshold();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", rows.length == 0 ? 0 : lossSum / rows.length);
        m.putAll(Metrics.compute(head.feature().type(), scores, truth, threshold == null ? 0.5 : threshold));
        return m;
    }

    private static NDList inputs(NDManager m, TrainingData data, int[] rows) {
        NDList x = new NDList(data.inputs().size());
        for (Encoded e : data.inputs()) {
            x.add(e.toNDArray(m, rows));
        }
        return x;
    }

    private static Shape[] sampleShapes(NDManager manager, TrainingData data, int[] train) {
        int[] rows = java.util.Arrays.copyOf(train, Math.min(2, train.length));
        try (NDManager m = manager.newSubManager()) {
            return inputs(m, data, rows).getShapes();
        }
    }

    private static Optimizer optimizer(TrainerConfig tc) {
        Tracker lr = Tracker.fixed(tc.learningRate().floatValue());
        return switch (tc.optimizer().type()) {
            case "sgd" -> Optimizer.sgd().setLearningRateTracker(lr).build();
            default -> Optimizer.adam().optLearningRateTracker(lr).build();
        };
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
