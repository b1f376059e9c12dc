package dev.pql.train;

import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.config.TrainerConfig;
import dev.pql.data.Split;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.model.GbmBooster;
import dev.pql.model.GbmMatrix;
import dev.pql.model.OutputHead;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Trains {@code model_type: gbm}: LightGBM boosting rounds on the training split, one round at a
 * time, each reported like an epoch (loss and every metric on training and validation rows, from the
 * scores LightGBM keeps up to date, so no extra pass) and kept in the training log; early stopping
 * on the validation metric, the best round kept. Deterministic for a seed: LightGBM's
 * deterministic mode, one thread below {@link #PARALLEL_ROWS} rows (so the model does not depend
 * on the machine's core count where speed does not matter).
 */
public final class GbmTrainer {
    /** From this many training rows LightGBM uses every core. */
    static final int PARALLEL_ROWS = 20000;

    private final ModelConfig config;
    private final Consumer<TrainingProgress> progress;
    private final BooleanSupplier cancelled;
    private final StopRule stopRule;

    public GbmTrainer(ModelConfig config, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        this(config, progress, cancelled, StopRule.NEVER);
    }

    /** {@code stopRule} may end training after a round (a HYPEROPT scheduler); the best round is kept. */
    public GbmTrainer(ModelConfig config, Consumer<TrainingProgress> progress, BooleanSupplier cancelled,
                      StopRule stopRule) {
        this.config = config;
        this.progress = progress;
        this.cancelled = cancelled;
        this.stopRule = stopRule;
    }

    /** LightGBM's threads for a training of {@code trainRows} rows: one below {@link #PARALLEL_ROWS}, else every core. */
    public static int threads(int trainRows) {
        return trainRows < PARALLEL_ROWS ? 1 : Runtime.getRuntime().availableProcessors();
    }

    public TrainingResult train(OutputHead head, TrainingData data, Split split) {
        long started = System.nanoTime();
        TrainerConfig tc = config.trainer();
        List<FeatureConfig> features = config.inputFeatures();
        int[] train = split.train();
        int[] validation = split.validation();
        String params = params(head, train.length);
        GbmMatrix trainX = GbmMatrix.of(features, data.inputs(), train);
        GbmMatrix validationX = GbmMatrix.of(features, data.inputs(), validation);
        String metric = tc.validationMetric();
        boolean higher = Metrics.higherIsBetter(metric);
        List<EpochLog> log = new ArrayList<>();
        int rounds = tc.numBoostRound();
        try (GbmBooster booster = GbmBooster.create(trainX, labels(data.labels(), train), validationX,
                labels(data.labels(), validation), params, head.units())) {
            double bestValue = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            int bestRound = 0;
            for (int round = 1; round <= rounds; round++) {
                if (cancelled.getAsBoolean()) {
                    throw new PqlException(ErrorCode.CANCELLED, "Training was cancelled; no model version was saved.");
                }
                boolean grew = booster.update();
                Map<String, Double> trainMetrics = measure(head, data, train, booster.currentScores(0, train.length));
                Map<String, Double> val = validation.length > 0
                        ? measure(head, data, validation, booster.currentScores(1, validation.length)) : trainMetrics;
                double elapsed = (System.nanoTime() - started) / 1e9;
                log.add(new EpochLog(round, round, trainMetrics.get("loss"), val.get("loss"), val, elapsed, trainMetrics,
                        tc.learningRate()));
                progress.accept(new TrainingProgress(round, rounds, 1, 1, trainMetrics.get("loss"), val, elapsed,
                        trainMetrics));
                double value = val.get(metric);
                if (bestRound == 0 || (higher ? value > bestValue : value < bestValue)) {
                    bestValue = value;
                    bestRound = round;
                } else if (tc.earlyStop() >= 0 && round - bestRound >= tc.earlyStop()) {
                    break;
                }
                if (!grew || stopRule.stop(round, elapsed, val)) {
                    break; // no split improves the training loss any more (later rounds would add nothing), or stopped
                }
            }
            booster.rollbackTo(bestRound);
            Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
            metrics.put("training", measure(head, data, train, booster.predict(trainX)));
            // measure() puts the scores on the data's scale, as TrainingResult keeps them
            float[][] validationScores = booster.predict(validationX);
            if (validation.length > 0) {
                metrics.put("validation", measure(head, data, validation, validationScores));
            }
            float[][] testScores = booster.predict(GbmMatrix.of(features, data.inputs(), split.test()));
            if (split.test().length > 0) {
                metrics.put("test", measure(head, data, split.test(), testScores));
            }
            byte[] model = booster.save().getBytes(StandardCharsets.UTF_8);
            return new TrainingResult(model, bestRound, log, metrics, (System.nanoTime() - started) / 1e9,
                    validationScores, testScores, validation);
        }
    }

    /** LightGBM's parameters: the objective of the output type and the trainer section, by LightGBM's names. */
    private String params(OutputHead head, int trainRows) {
        TrainerConfig tc = config.trainer();
        FeatureConfig target = head.feature();
        String objective = OutputKinds.of(head).gbmObjective(target, head.units());
        int threads = threads(trainRows);
        return String.format(Locale.ROOT, "%s metric=None verbosity=-1 deterministic=true force_col_wise=true "
                        + "num_threads=%d seed=%d learning_rate=%s num_leaves=%d max_depth=%d min_data_in_leaf=%d "
                        + "lambda_l1=%s lambda_l2=%s bagging_fraction=%s bagging_freq=%d feature_fraction=%s max_bin=%d",
                objective, threads, config.randomSeed(), tc.learningRate(), tc.numLeaves(), tc.maxDepth(),
                tc.minDataInLeaf(), tc.lambdaL1(), tc.lambdaL2(), tc.baggingFraction(), tc.baggingFreq(),
                tc.featureFraction(), tc.maxBin());
    }

    /** Loss and the output type's metrics of scores as LightGBM gives them (numbers normalised; changed in place). */
    private static Map<String, Double> measure(OutputHead head, TrainingData data, int[] rows, float[][] scores) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", loss(head, data.labels(), rows, scores));
        m.putAll(Evaluation.metrics(head, data, rows, Scoring.toDataScale(head, scores)));
        return m;
    }

    /**
     * The mean loss the neural trainer would report for these scores: cross-entropy for category and
     * binary, squared or absolute error (or Huber) on the normalised scale for number.
     */
    static double loss(OutputHead head, Encoded labels, int[] rows, float[][] scores) {
        if (rows.length == 0) {
            return 0;
        }
        double sum = 0;
        OutputKind kind = OutputKinds.of(head);
        for (int i = 0; i < rows.length; i++) {
            sum += kind.gbmLoss(head.feature(), labels, rows[i], scores[i]);
        }
        return sum / rows.length;
    }

    /** Labels as LightGBM takes them: class ids (an unseen class, -1, counts as 0: only our metrics read them), 0/1, values. */
    private static float[] labels(Encoded labels, int[] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (labels instanceof Encoded.Ids ids) {
                out[i] = Math.max(0, ids.ids()[rows[i]]);
            } else {
                out[i] = ((Encoded.Floats) labels).values()[rows[i]];
            }
        }
        return out;
    }
}
