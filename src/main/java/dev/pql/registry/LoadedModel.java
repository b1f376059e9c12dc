package dev.pql.registry;

import dev.pql.config.AutoCandidates;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.drift.TrainingProfile;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureMetadata;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.Processors;
import dev.pql.model.OutputHead;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.train.Calibration;
import dev.pql.train.EnsembleBundle;
import dev.pql.train.ModelType;
import dev.pql.train.ModelTypes;
import dev.pql.train.WeightBundle;
import java.util.ArrayList;
import java.util.List;

/**
 * A model version ready to predict: processors restored from metadata, the network with its
 * weights (or, for model_type gbm, LightGBM's trees), one per fold of a k-fold training, or (model_type auto)
 * the weighted families of an ensemble. Prediction is a pure function of this and a batch of rows; safe for concurrent use.
 *
 * <p>A model with several output features answers for one of them at a time ({@link #head()},
 * {@link #score}): the first, or the one a view from {@link #output} chose; {@link #scoreAll}
 * scores every output in one pass.
 */
public final class LoadedModel implements AutoCloseable {
    private final String name;
    private final int version;
    private final ModelConfig config;
    private final VersionInfo info;
    private final List<FeatureProcessor> inputs = new ArrayList<>();
    /** One per output feature, in config order. */
    private final List<OutputHead> heads = new ArrayList<>();
    /** The output feature this model answers for: its index in {@link #heads}. */
    private final int output;
    /** One model, or the models of a k-fold training (trainer.folds), whose scores are averaged; shared by views. */
    private final List<ModelType.Scorer> members;
    /** Each member's share of the prediction: 1/n for one family, the ensemble weight split over its folds for auto. */
    private final List<Double> shares;
    /** Whether this is a view of one output ({@link #output}): the whole model owns and closes the members. */
    private final boolean view;
    /**
     * The version's calibration of its first output (the one PQL calibrates), or null (not
     * calibrated, or saved before calibration existed).
     */
    private final Calibration calibration;
    /** The training distribution of the inputs, or null for versions saved before PQL kept it. */
    private final TrainingProfile profile;

    LoadedModel(String name, int version, Artifacts a) {
        this.name = name;
        this.version = version;
        this.config = a.config();
        this.info = a.info();
        this.output = 0;
        this.members = new ArrayList<>();
        this.shares = new ArrayList<>();
        this.view = false;
        this.calibration = a.calibration();
        this.profile = a.profile();
        for (int i = 0; i < config.inputFeatures().size(); i++) {
            inputs.add(Processors.restore(config.inputFeatures().get(i), false, a.inputs().get(i)));
        }
        for (int i = 0; i < config.outputFeatures().size(); i++) {
            FeatureConfig out = config.outputFeatures().get(i);
            heads.add(new OutputHead(out, Processors.restore(out, true, a.outputs().get(i))));
        }
        try {
            if (AutoCandidates.isAuto(config)) {
                ensemble(a.weights());
            } else {
                List<byte[]> all = WeightBundle.unpack(a.weights());
                for (byte[] weights : all) {
                    members.add(member(config, weights));
                    shares.add(1.0 / all.size());
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private LoadedModel(LoadedModel whole, int output) {
        this.name = whole.name;
        this.version = whole.version;
        this.config = whole.config;
        this.info = whole.info;
        this.inputs.addAll(whole.inputs);
        this.heads.addAll(whole.heads);
        this.output = output;
        this.members = whole.members;
        this.shares = whole.shares;
        this.view = true;
        this.calibration = whole.calibration;
        this.profile = whole.profile;
    }

    /** The model as it answers for output feature {@code name} (case-insensitive), or null when it has none of that name. */
    public LoadedModel output(String name) {
        for (int i = 0; i < heads.size(); i++) {
            if (heads.get(i).feature().name().equalsIgnoreCase(name)) {
                return i == output ? this : new LoadedModel(this, i);
            }
        }
        return null;
    }

    /** The families of a model_type auto version, each with its folds' models, weighted as selection chose. */
    private void ensemble(byte[] weights) {
        for (EnsembleBundle.Member m : EnsembleBundle.unpack(weights)) {
            AutoCandidates.Candidate c = AutoCandidates.candidate(config, m.kind(), 0);
            if (c == null) {
                throw new PqlException(ErrorCode.STORE_ERROR, "Model " + name + " version " + version + " holds a model "
                        + "family '" + m.kind() + "' that this PQL does not know; use the PQL that trained it, or RETRAIN.");
            }
            List<byte[]> folds = WeightBundle.unpack(m.weights());
            for (byte[] w : folds) {
                members.add(member(c.config(), w));
                shares.add(m.weight() / folds.size());
            }
        }
    }

    private ModelType.Scorer member(ModelConfig family, byte[] weights) {
        return ModelTypes.of(family).load(family, inputs, heads, weights, name + "-" + version + "-" + members.size());
    }

    /**
     * Scores rows for the output this model answers for: {@code columns.get(i)} holds input feature
     * i's raw values. Returns class probabilities, the probability of true, or the value, per row
     * (the members' average), calibrated when the version is.
     */
    public float[][] score(List<List<Object>> columns) {
        return scoreAll(columns).get(output);
    }

    /** Scores rows for every output feature, in config order, as {@link #score} does for one. */
    public List<float[][]> scoreAll(List<List<Object>> columns) {
        List<float[][]> scores = new ArrayList<>(rawScores(columns));
        if (calibration != null) {
            scores.set(0, calibration.apply(heads.get(0).feature().type(), scores.get(0)));
        }
        return scores;
    }

    /** Scores as the network (or the trees) give them, before calibration: SHOW CALIBRATION's "before". */
    public float[][] scoreUncalibrated(List<List<Object>> columns) {
        return rawScores(columns).get(output);
    }

    /** Calibrated copies of uncalibrated scores of this model's output; the scores themselves when not calibrated. */
    public float[][] calibrate(float[][] scores) {
        return calibration == null || output != 0 ? scores : calibration.apply(heads.get(0).feature().type(), scores);
    }

    /** The version's calibration (of its first output), or null. */
    public Calibration calibration() {
        return calibration;
    }

    /** The training distribution of the inputs, or null for a version saved before PQL kept it. */
    public TrainingProfile profile() {
        return profile;
    }

    private List<float[][]> rawScores(List<List<Object>> columns) {
        List<Encoded> encoded = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).requireReadable(columns.get(i)); // 22018 rather than a silent missing value
            encoded.add(inputs.get(i).encode(columns.get(i)));
        }
        int n = columns.isEmpty() ? 0 : columns.get(0).size();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        List<float[][]> sums = null;
        for (int k = 0; k < members.size(); k++) {
            List<float[][]> s = members.get(k).score(encoded, rows);
            if (sums == null) {
                sums = new ArrayList<>();
                for (float[][] head : s) {
                    sums.add(new float[head.length][]);
                    for (int i = 0; i < head.length; i++) {
                        sums.get(sums.size() - 1)[i] = new float[head[i].length];
                    }
                }
            }
            for (int h = 0; h < sums.size(); h++) {
                add(sums.get(h), s.get(h), shares.get(k).floatValue());
            }
        }
        return sums;
    }

    private static void add(float[][] sum, float[][] s, float share) {
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s[i].length; j++) {
                sum[i][j] += share * s[i][j];
            }
        }
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public ModelConfig config() {
        return config;
    }

    public VersionInfo info() {
        return info;
    }

    /** The output feature this model answers for: the first, or the one {@link #output} chose. */
    public OutputHead head() {
        return heads.get(output);
    }

    /** Every output feature's head, in config order. */
    public List<OutputHead> heads() {
        return heads;
    }

    /** The index of {@link #head()} among {@link #heads()}. */
    public int outputIndex() {
        return output;
    }

    public List<FeatureMetadata> inputMetadata() {
        return inputs.stream().map(FeatureProcessor::metadata).toList();
    }

    @Override
    public void close() {
        if (view) {
            return; // the whole model, which the store caches, owns the members
        }
        members.forEach(ModelType.Scorer::close);
        members.clear();
    }
}
