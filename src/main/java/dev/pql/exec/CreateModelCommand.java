package dev.pql.exec;

import dev.pql.config.AutoCandidates;
import dev.pql.config.ColumnProfile;
import dev.pql.config.FeatureConfig;
import dev.pql.config.Hyperopt;
import dev.pql.config.Lowering;
import dev.pql.config.ModelConfig;
import dev.pql.data.Profiler;
import dev.pql.data.Split;
import dev.pql.data.Table;
import dev.pql.data.SqlLayer;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureMetadata;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.Processors;
import dev.pql.features.TrainingRows;
import dev.pql.features.stats.FeatureStatistics;
import dev.pql.features.stats.StatisticsProvider;
import dev.pql.model.OutputHead;
import dev.pql.parse.Ast;
import dev.pql.registry.Artifacts;
import dev.pql.registry.ModelStore;
import dev.pql.registry.VersionInfo;
import dev.pql.drift.TrainingProfile;
import dev.pql.train.Calibration;
import dev.pql.train.OutputKinds;
import dev.pql.train.ProbabilityQuality;
import dev.pql.train.AutoTraining;
import dev.pql.train.FoldTraining;
import dev.pql.train.Trial;
import dev.pql.train.HyperoptSearch;
import dev.pql.train.ModelType;
import dev.pql.train.ModelTypes;
import dev.pql.train.StopRule;
import dev.pql.train.TrainingProgress;
import dev.pql.train.TrainingLimits;
import dev.pql.train.TrainingQueue;
import dev.pql.train.TrainingData;
import dev.pql.train.TrainingResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * CREATE [OR REPLACE] MODEL: read the data, lower to a config, fit the features on the training
 * split, train, and save a new version. Nothing is written unless every step succeeds.
 */
final class CreateModelCommand {
    private final Session session;

    CreateModelCommand(Session session) {
        this.session = session;
    }

    ExecResult run(Ast.CreateModel stmt, String text, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        String name = stmt.name().text();
        ModelStore store = session.models();
        boolean exists = store.exists(name);
        if (!exists) {
            ModelStore.newName(name); // a name that cannot be saved fails now, not after the training
        }
        if (!stmt.orReplace() && exists) {
            if (stmt.ifNotExists()) {
                return ExecResult.count(0);
            }
            throw ModelStore.alreadyExists(name);
        }
        Job job = readAndLower(stmt, text);
        try {
            return train(job, progress, cancelled);
        } catch (PqlException e) {
            if (stmt.ifNotExists() && e.code() == ErrorCode.MODEL_ALREADY_EXISTS) {
                return ExecResult.count(0); // another statement created it meanwhile: it exists, as asked
            }
            throw e;
        }
    }

    /** Reads the statement's rows and lowers it to a config on their profile: the job to train (its rows in the job alone). */
    private Job readAndLower(Ast.CreateModel stmt, String text) {
        List<String> sampled = new ArrayList<>(); // a source that sends a sample of a large table says so here
        Table table = Table.read(session.sql().trainingRows(stmt.from().sql(), stmt.from().sqlPosition(), sampled));
        List<ColumnProfile> profiles = Profiler.profile(table);
        Lowering.Lowered lowered = Lowering.lower(stmt, profiles);
        sampled.addAll(lowered.notes());
        return new Job(stmt.name().text(), lowered.config(), sampled, new TableHandoff(table), stmt.from().sql(), text,
                !stmt.orReplace(), lowered.hyperopt());
    }

    /**
     * Everything one training run needs; {@code mustBeNew} refuses to add a version to an existing model;
     * {@code hyperopt} (nullable) searches values of the config, the best trial becoming the version.
     */
    record Job(String name, ModelConfig config, List<String> notes, TableHandoff rows, String sourceSql, String statement,
               boolean mustBeNew, Hyperopt hyperopt) {
    }

    /**
     * A job's rows, handed to its training once. The training lets go of them as soon as they are
     * encoded; a table held by the job (or a caller's variable) for the whole training would keep
     * every row in the heap beside the encoded arrays: twice the memory of a large training.
     */
    static final class TableHandoff {
        private Table table;

        TableHandoff(Table table) {
            this.table = table;
        }

        Table take() {
            Table t = table;
            if (t == null) {
                throw new IllegalStateException("a job's rows are taken once");
            }
            table = null;
            return t;
        }
    }

    /**
     * Trains and saves as a job of the database's job list (CREATE and RETRAIN): a CREATE reserves
     * its model name for the job's time, and the training waits its turn in the process's queue.
     */
    ExecResult train(Job given, Consumer<TrainingProgress> progress, BooleanSupplier cancelled) {
        Job job = new Job(given.name(), ImageFolders.settle(session, given.config()), given.notes(), given.rows(),
                given.sourceSql(), given.statement(), given.mustBeNew(), given.hyperopt());
        // The JVM's user until sessions carry their own (the server's users come with the Session).
        Jobs.Job running = session.engine().jobs().start(job.name(), session.user(), job.statement(),
                job.mustBeNew());
        Consumer<TrainingProgress> tracked = p -> {
            running.progress(p);
            progress.accept(p);
        };
        try {
            if (job.mustBeNew() && session.models().exists(job.name())) {
                throw ModelStore.alreadyExists(job.name()); // created while this statement read its data
            }
            ExecResult result = fitTrainAndSave(job, tracked, cancelled);
            running.finish(null);
            return result;
        } catch (RuntimeException e) {
            running.finish(e);
            throw e;
        }
    }

    /** Fits the features on the training split, trains, and saves the version. */
    private ExecResult fitTrainAndSave(Job job, Consumer<TrainingProgress> reported, BooleanSupplier cancelled) {
        ModelConfig searched = job.config();
        FeatureConfig target = searched.outputFeatures().get(0);
        Prepared prepared = prepare(job);
        List<FeatureProcessor> inputs = prepared.inputs();
        List<OutputHead> heads = prepared.heads();
        TrainingData data = prepared.data();
        Split split = prepared.split();
        int[] fitted = prepared.fitted();
        List<Object> targetValues = prepared.targetValues();
        List<String> notes = prepared.notes();
        int folds = searched.trainer().folds() == null ? 1 : searched.trainer().folds();
        OutputHead head = heads.get(0); // splits, resampling and folds follow the first output

        boolean classes = OutputKinds.of(target.type()).classes();
        // One family trained as its model_type trains it: one model, or one per fold with out-of-fold scores.
        FamilyTraining trainWith = (c, progress, stopRules) -> {
            FoldTraining.OneModel one = (fold, s) -> {
                Split resampled = s.resample(targetValues, c.preprocessing().oversampleMinority(),
                        c.preprocessing().undersampleMajority(), c.randomSeed());
                Consumer<TrainingProgress> events = folds > 1 ? e -> progress.accept(e.inFold(fold, folds)) : progress;
                return ModelTypes.of(c).train(c, resampled, new ModelType.Job(inputs, heads, data, events, cancelled,
                        stopRules.apply(fold)));
            };
            return folds > 1
                    ? FoldTraining.train(folds, split, classes ? targetValues : null, c.randomSeed(), head, data, one)
                    : one.train(1, split);
        };
        Function<ModelConfig, TrainingResult> family = c -> trainWith.train(c, reported, fold -> StopRule.NEVER);
        List<Trial> trials = new ArrayList<>();
        long queuedAt = System.nanoTime();
        ModelConfig[] chosen = {searched}; // the config of the version: the best trial's under HYPEROPT
        java.util.function.Supplier<TrainingResult> training = () -> {
            if (job.hyperopt() != null) {
                return search(job.hyperopt(), searched, heads.get(0), fitted.length, trainWith, reported, cancelled,
                        trials, notes, chosen);
            }
            if (!AutoCandidates.isAuto(searched)) {
                return family.apply(searched);
            }
            AutoTraining.Result auto = AutoTraining.train(AutoCandidates.of(searched, fitted.length), head, data,
                    split.test(), candidate -> family.apply(candidate.config()));
            trials.addAll(auto.trials());
            notes.add(AutoTraining.note(auto.trials()));
            return auto.result();
        };
        TrainingResult result = TrainingQueue.process().run(training,
                ahead -> reported.accept(TrainingProgress.queued(ahead, (System.nanoTime() - queuedAt) / 1e9)), cancelled);

        ModelConfig config = chosen[0];
        Calibration calibration = calibrate(head, data, result, folds > 1, notes);
        Map<String, Map<String, Double>> metrics = calibration == null ? result.metrics()
                : calibratedTestMetrics(result, calibration, head, data, split);
        Map<String, Integer> splitRows = Map.of("training", fitted.length, "validation",
                folds > 1 ? fitted.length : split.validation().length, "test", split.test().length);
        VersionInfo info = new VersionInfo(job.name(), 0, job.statement(), job.sourceSql(), prepared.rows(), splitRows,
                prepared.dataHash(), Instant.now().toString(), session.user(), result.seconds(), result.bestEpoch(), notes, metrics,
                Engine.versions());
        List<FeatureMetadata> inputMeta = inputs.stream().map(FeatureProcessor::metadata).toList();
        List<FeatureMetadata> outputMeta = heads.stream().map(h -> h.processor().metadata()).toList();
        int version = session.models().save(job.name(), new Artifacts(config, inputMeta, outputMeta,
                result.weights(), result.log(), info, calibration, prepared.profile(),
                trials.isEmpty() ? null : trials), job.mustBeNew());
        return ExecResult.rows(summary(job.name(), version, prepared.rows(), result, config), notes);
    }

    /**
     * A job's rows made ready to train: the features fitted on the training split, every row
     * encoded, and what the version records about the rows (their profile, hash and count). It
     * keeps no row but the first target's values, which resampling and folds read: the table's
     * columns go one by one as they are encoded, so that the heap holds the rows or their encoded
     * form, not both, and while models train the encoded arrays only.
     */
    private record Prepared(List<FeatureProcessor> inputs, List<OutputHead> heads, TrainingData data, Split split,
                            int[] fitted, List<Object> targetValues, List<String> notes, TrainingProfile profile,
                            String dataHash, int rows) {
    }

    /** Takes the job's table, checks and splits its rows, fits the features and encodes the rows. */
    private Prepared prepare(Job job) {
        ModelConfig searched = job.config();
        Table table = job.rows().take();
        FeatureConfig target = searched.outputFeatures().get(0);
        requireColumns(searched, table);
        Table rows = trainingRows(table, searched); // a view: an index per row, the values stay in the table's columns
        if (rows.size() < 2) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Only " + rows.size() + " row(s) with a value for '"
                    + target.name() + "'; training needs at least 2.");
        }
        for (FeatureConfig out : searched.outputFeatures()) {
            TrainingLimits.check(searched, out, rows.column(table.indexOf(out.column())));
        }
        List<String> notes = new ArrayList<>(job.notes());
        notes.addAll(TrainingDataNotes.of(searched, table, rows));
        Split split = split(searched, rows, target);
        int folds = searched.trainer().folds() == null ? 1 : searched.trainer().folds();
        // The rows the features are fitted on: the training split, or every fold's rows when folds take turns.
        int[] fitted = folds > 1 ? concat(split.train(), split.validation()) : split.train();

        // Hyperopt trials share these features (requireSamePreprocessing), so the searched config's inputs profile them.
        TrainingProfile profile = TrainingProfile.of(searched.inputFeatures(),
                searched.inputFeatures().stream().map(f -> select(rows.column(table.indexOf(f.column())), fitted)).toList());
        String dataHash = hash(table);
        List<Object> targetValues = rows.keepOnly(table.indexOf(target.column())).column(0);
        // Each column goes as soon as its last feature is encoded: the table shrinks as the encoded arrays grow.
        int[] uses = new int[table.columns().size()];
        searched.inputFeatures().forEach(f -> uses[table.indexOf(f.column())]++);
        searched.outputFeatures().forEach(f -> uses[table.indexOf(f.column())]++);

        // A source that computes statistics where its data is (Spark) covers all the rows, not the sample sent here.
        List<FeatureStatistics> whole = sourceStatistics(job.sourceSql(), searched, notes);
        int feature = 0;
        List<FeatureProcessor> inputs = new ArrayList<>();
        List<Encoded> encoded = new ArrayList<>();
        for (FeatureConfig f : searched.inputFeatures()) {
            FeatureProcessor p = Processors.create(f, false);
            int c = table.indexOf(f.column());
            List<Object> values = rows.column(c);
            fit(p, whole == null ? null : whole.get(feature++), select(values, fitted));
            inputs.add(p);
            encoded.add(p.encode(values));
            if (--uses[c] == 0) {
                table.release(c);
            }
        }
        List<OutputHead> heads = new ArrayList<>();
        List<TrainingData.Target> targets = new ArrayList<>();
        for (FeatureConfig out : searched.outputFeatures()) { // one decoder head each (Ludwig's multi-task ECD)
            FeatureProcessor p = Processors.create(out, true);
            int c = table.indexOf(out.column());
            List<Object> values = rows.column(c);
            fit(p, whole == null ? null : whole.get(feature++), select(values, fitted));
            heads.add(new OutputHead(out, p));
            Encoded labels = p.encode(values);
            targets.add(new TrainingData.Target(labels, Truth.of(out, labels, values)));
            if (--uses[c] == 0) {
                table.release(c);
            }
        }
        return new Prepared(inputs, heads, new TrainingData(encoded, targets), split, fitted, targetValues, notes, profile,
                dataHash, rows.size());
    }

    /** Trains one model family's config as its model_type does (its folds included), each fold under its stop rule. */
    @FunctionalInterface
    private interface FamilyTraining {
        TrainingResult train(ModelConfig config, Consumer<TrainingProgress> progress, IntFunction<StopRule> stopRules);
    }

    /**
     * Runs a HYPEROPT search: each trial trains its config as {@code family} trains a model (its folds
     * included), with progress as {@code trial i/n}; the best trial's config goes to {@code chosen[0]}.
     * Processors are fitted once on the base config: a searched value that changes preprocessing is
     * refused by {@link #requireSamePreprocessing}. Trials train at once as far as the cores allow
     * without sharing one ({@link #trialsAtOnce}).
     */
    private static TrainingResult search(Hyperopt hyperopt, ModelConfig base, OutputHead head, int trainRows,
                                         FamilyTraining family, Consumer<TrainingProgress> progress,
                                         BooleanSupplier cancelled, List<Trial> trials, List<String> notes,
                                         ModelConfig[] chosen) {
        int total = hyperopt.trials();
        int atOnce = trialsAtOnce(hyperopt, base, trainRows);
        Object lock = new Object();
        Consumer<TrainingProgress> shared = p -> {
            synchronized (lock) { // trials training at once report through one job
                progress.accept(p);
            }
        };
        HyperoptSearch.Result r = HyperoptSearch.run(hyperopt, base, head.feature().name(), atOnce, (c, trial, stops) -> {
            if (cancelled.getAsBoolean()) {
                throw new PqlException(ErrorCode.CANCELLED, "Training cancelled during hyperopt trial " + trial + "/"
                        + total + "; nothing was saved.");
            }
            requireSamePreprocessing(base, c);
            return family.train(c, p -> shared.accept(p.inTrial(trial, total)), stops);
        });
        trials.addAll(r.trials());
        notes.add(HyperoptSearch.note(r, total));
        if (atOnce > 1) {
            notes.add("hyperopt trained " + atOnce + " trials at once, one core each.");
        }
        chosen[0] = r.config();
        return r.result();
    }

    /**
     * How many trials train at once: as many as the cores hold when each trial needs fewer than all
     * of them ({@link ModelType#threads}: gbm on small data trains on one core), at most
     * executor.max_concurrent_trials. ECD trials go one at a time: libtorch's intra-op threads and its
     * random seed belong to the whole process, so two networks training at once would share the
     * cores and each other's seed.
     */
    static int trialsAtOnce(Hyperopt hyperopt, ModelConfig base, int trainRows) {
        int cores = Runtime.getRuntime().availableProcessors();
        int perTrial = ModelTypes.of(base).threads(trainRows);
        int fit = Math.max(1, cores / perTrial);
        return hyperopt.maxConcurrent() > 0 ? Math.min(fit, hyperopt.maxConcurrent()) : fit;
    }

    /**
     * Trials share the processors fitted on the base config (one vocabulary, one normalisation), so a
     * searched path may change the model and trainer, not the features' preprocessing or types.
     */
    private static void requireSamePreprocessing(ModelConfig base, ModelConfig trial) {
        List<FeatureConfig> a = new ArrayList<>(base.inputFeatures());
        a.addAll(base.outputFeatures());
        List<FeatureConfig> b = new ArrayList<>(trial.inputFeatures());
        b.addAll(trial.outputFeatures());
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Objects.equals(a.get(i).preprocessing(), b.get(i).preprocessing())
                    || a.get(i).type() != b.get(i).type()) {
                throw new PqlException(ErrorCode.NOT_SUPPORTED, "hyperopt cannot search the preprocessing or type of "
                        + "feature '" + a.get(i).name() + "' yet (trials share the features fitted once); search "
                        + "encoder, combiner and trainer options.");
            }
        }
    }

    /**
     * Fits temperature scaling on the held-out rows training scored: the validation split, or every
     * row's out-of-fold score when folds take turns. Null for outputs that are not calibrated
     * ({@code calibration: none}, numbers, sets) and when too few rows were held out (with a note).
     */
    private static Calibration calibrate(OutputHead head, TrainingData data, TrainingResult result, boolean outOfFold,
                                         List<String> notes) {
        FeatureConfig target = head.feature();
        if (!OutputKinds.of(target.type()).classes() || !target.calibrated()) {
            return null;
        }
        int[] rows = result.validationRows();
        double[] truth = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = data.truth()[rows[i]];
        }
        Calibration c = Calibration.fit(target.type(), result.validationScores(), truth,
                outOfFold ? "out_of_fold" : "validation", target.calibration());
        if (c == null) {
            notes.add("Probabilities are not calibrated: only " + rows.length + " held-out row(s), and temperature "
                    + "scaling needs at least " + Calibration.MIN_ROWS + ". Give the validation split more rows.");
        } else if (Calibration.TEMPERATURE.equals(c.method()) && c.temperature() == 1.0) {
            notes.add(String.format(java.util.Locale.ROOT, "Probabilities checked for calibration on %d %s rows: no "
                    + "miscalibration beyond those rows' noise (Rao's score test at the 5%% level), so the scores stay as "
                    + "trained (T = 1; ECE %.4f, log loss %.4f).", c.rows(), outOfFold ? "out-of-fold" : "validation",
                    c.before().get("ece"), c.before().get("log_loss")));
        } else {
            boolean isotonic = Calibration.ISOTONIC.equals(c.method());
            notes.add(String.format(java.util.Locale.ROOT, "Probabilities calibrated by %s on %d %s rows: ECE %.4f -> "
                    + "%.4f, log loss %.4f -> %.4f; %s.", isotonic ? "isotonic regression" : String.format(
                    java.util.Locale.ROOT, "temperature scaling (T = %.3f)", c.temperature()), c.rows(),
                    outOfFold ? "out-of-fold" : "validation", c.before().get("ece"), c.after().get("ece"),
                    c.before().get("log_loss"), c.after().get("log_loss"), isotonic
                    ? "isotonic calibration may move a prediction between close classes" : "every prediction stays as it was"));
        }
        return c;
    }

    /** The metrics with the test split's probability metrics (ece, brier, log_loss) as PREDICT will answer. */
    private static Map<String, Map<String, Double>> calibratedTestMetrics(TrainingResult r, Calibration c, OutputHead head,
                                                                        TrainingData data, Split split) {
        Map<String, Map<String, Double>> out = new java.util.LinkedHashMap<>(r.metrics());
        Map<String, Double> test = r.metrics().get("test");
        if (test != null && split.test().length > 0) {
            double[] truth = new double[split.test().length];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = data.truth()[split.test()[i]];
            }
            Map<String, Double> calibrated = new java.util.LinkedHashMap<>(test);
            calibrated.putAll(ProbabilityQuality.of(head.feature().type(),
                    c.apply(head.feature().type(), r.testScores()), truth));
            out.put("test", calibrated);
        }
        return out;
    }

    /** Every feature's column must be in the data (a config or RETRAIN source may not match it). */
    private static void requireColumns(ModelConfig config, Table table) {
        List<FeatureConfig> all = new ArrayList<>(config.inputFeatures());
        all.addAll(config.outputFeatures());
        for (FeatureConfig f : all) {
            if (table.indexOf(f.column()) < 0) {
                throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "Feature '" + f.name() + "' reads column '" + f.column()
                        + "', which the data does not have; its columns are " + String.join(", ", table.columns()) + "."
                        + dev.pql.error.Suggestions.didYouMean(f.column(), table.columns()));
            }
        }
    }

    private static java.sql.ResultSet summary(String name, int version, int rows, TrainingResult r, ModelConfig c) {
        FeatureConfig first = c.outputFeatures().get(0);
        String metric = dev.pql.config.Options.headline(first.type());
        if (c.outputFeatures().size() > 1) {
            metric = dev.pql.train.Metrics.ofOutput(first.name(), metric); // the first output's, as metrics name it
        }
        Map<String, Double> validation = r.metrics().getOrDefault("validation", Map.of());
        Map<String, Double> test = r.metrics().getOrDefault("test", Map.of());
        return new Rows().text("model").integer("version").integer("rows").integer("epochs").integer("best_epoch")
                .number("training_seconds").text("metric").number("validation").number("test")
                .add(ModelStore.normalize(name), version, rows, r.log().size(), r.bestEpoch(),
                        Math.round(r.seconds() * 100) / 100.0, metric, validation.get(metric), test.get(metric))
                .build();
    }

    /**
     * The statistics of every row of {@code sql} as its source computes them where the data is
     * (inputs then outputs), or null when the engine fits on the rows it holds.
     */
    private List<FeatureStatistics> sourceStatistics(String sql, ModelConfig config, List<String> notes) {
        SqlLayer.Answering answering = sql == null ? null : session.sql().answering(sql);
        if (answering == null || !(answering.provider() instanceof StatisticsProvider provider)) {
            return null;
        }
        return provider.statistics(answering.source(), sql, answering.models(), config, notes);
    }

    /**
     * Fits a processor on the source's statistics when it has them (parts dropped for their size
     * completed from the training rows), else on the training rows' values.
     */
    private static void fit(FeatureProcessor p, FeatureStatistics whole, List<Object> training) {
        if (whole == null) {
            p.fit(training);
        } else {
            p.fit(whole.complete() ? whole : whole.completedBy(p.accumulate(training)));
        }
    }

    /** The rows training reads: those with every target, less those a drop_row input strategy drops. */
    static Table trainingRows(Table table, ModelConfig config) {
        Table rows = table;
        for (FeatureConfig out : config.outputFeatures()) {
            rows = withTarget(rows, out);
        }
        return withoutDroppedRows(rows, config);
    }

    /**
     * The configured split of the rows (each model's training rows are over- or undersampled as it
     * trains); the same config, rows and seed give the same split, which diagnostics rely on.
     */
    static Split split(ModelConfig config, Table rows, FeatureConfig target) {
        var sc = config.preprocessing().split();
        List<Object> targetValues = rows.column(rows.indexOf(target.column()));
        List<Object> splitColumn = null;
        if (sc.column() != null) {
            int c = rows.indexOf(sc.column());
            if (c < 0) {
                throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "preprocessing.split.column '" + sc.column()
                        + "' is not in the data; its columns are " + String.join(", ", rows.columns()) + ".");
            }
            splitColumn = rows.column(c);
        }
        return Split.create(sc, splitColumn, targetValues, rows.size(), config.randomSeed());
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Rows without a missing value in an input whose missing_value_strategy is drop_row. */
    private static Table withoutDroppedRows(Table rows, ModelConfig config) {
        List<Integer> columns = new ArrayList<>();
        List<FeatureConfig> dropping = new ArrayList<>();
        for (FeatureConfig f : config.inputFeatures()) {
            if (TrainingRows.dropsRows(f)) {
                columns.add(rows.indexOf(f.column()));
                dropping.add(f);
            }
        }
        if (columns.isEmpty()) {
            return rows;
        }
        return rows.where(r -> java.util.stream.IntStream.range(0, columns.size())
                .noneMatch(i -> TrainingRows.dropsRow(dropping.get(i), rows.value(r, columns.get(i)))));
    }

    /**
     * Rows whose target is present: a row without a label cannot teach anything (Ludwig's drop_row);
     * with another output missing_value_strategy, every row, its missing target filled.
     */
    private static Table withTarget(Table all, FeatureConfig target) {
        int col = all.indexOf(target.column());
        if (dev.pql.features.TargetFill.fills(target)) {
            Object fill = dev.pql.features.TargetFill.fillValue(target, all.column(col));
            return all.mapColumn(col, v -> FeatureProcessor.missing(v) ? fill : v);
        }
        return all.where(r -> !TrainingRows.lacksTarget(target, all.value(r, col)));
    }

    /** The values of some rows, read from {@code values} as they are asked for. */
    private static List<Object> select(List<Object> values, int[] rows) {
        return new java.util.AbstractList<>() {
            @Override
            public Object get(int i) {
                return values.get(rows[i]);
            }

            @Override
            public int size() {
                return rows.length;
            }
        };
    }

    /** SHA-256 of the training rows, for provenance: the same data gives the same hash. */
    private static String hash(Table table) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("\u0001", table.columns()).getBytes(StandardCharsets.UTF_8));
            for (Object[] row : table.rows()) {
                for (Object v : row) {
                    md.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 1);
                }
                md.update((byte) 2);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
