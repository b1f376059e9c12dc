package dev.pql.registry;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.drift.TrainingProfile;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureMetadata;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.Processors;
import dev.pql.model.Engines;
import dev.pql.model.GbmBooster;
import dev.pql.model.GbmMatrix;
import dev.pql.model.Network;
import dev.pql.model.OutputHead;
import dev.pql.train.Calibration;
import dev.pql.train.ModelTrainer;
import dev.pql.train.Scoring;
import dev.pql.train.WeightBundle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A model version ready to predict: processors restored from metadata, the network with its
 * weights (or, for model_type gbm, LightGBM's trees), one per fold of a k-fold training. Prediction is a pure function of this and a batch of rows; safe for concurrent use.
 */
public final class LoadedModel implements AutoCloseable {
    private final String name;
    private final int version;
    private final ModelConfig config;
    private final VersionInfo info;
    private final List<FeatureProcessor> inputs = new ArrayList<>();
    private final OutputHead head;
    /** The version's temperature scaling, or null (not calibrated, or saved before calibration existed). */
    private final Calibration calibration;
    /** The training distribution of the inputs, or null for versions saved before PQL kept it. */
    private final TrainingProfile profile;
    /** One model, or the models of a k-fold training (trainer.folds), whose scores are averaged. */
    private final List<Member> members = new ArrayList<>();

    /** A trained model that scores encoded rows (on the data's scale). */
    private interface Member extends AutoCloseable {
        float[][] score(List<Encoded> encoded, int[] rows);

        @Override
        void close();
    }

    LoadedModel(String name, int version, Artifacts a) {
        this.name = name;
        this.version = version;
        this.config = a.config();
        this.info = a.info();
        this.calibration = a.calibration();
        this.profile = a.profile();
        for (int i = 0; i < config.inputFeatures().size(); i++) {
            inputs.add(Processors.restore(config.inputFeatures().get(i), false, a.inputs().get(i)));
        }
        FeatureConfig out = config.outputFeatures().get(0);
        head = new OutputHead(out, Processors.restore(out, true, a.output()));
        try {
            for (byte[] weights : WeightBundle.unpack(a.weights())) {
                members.add("gbm".equals(config.modelType()) ? trees(weights) : network(weights, members.size()));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Member trees(byte[] weights) {
        GbmBooster booster = GbmBooster.load(new String(weights, StandardCharsets.UTF_8), head.units());
        return new Member() {
            @Override
            public float[][] score(List<Encoded> encoded, int[] rows) {
                return Scoring.toDataScale(head, booster.predict(GbmMatrix.of(config.inputFeatures(), encoded, rows)));
            }

            @Override
            public void close() {
                booster.close();
            }
        };
    }

    private Member network(byte[] weights, int index) {
        Engines.pytorch();
        Model model = Model.newInstance(name + "-" + version + "-" + index, "PyTorch");
        Network network = new Network(config, inputs, head.units());
        model.setBlock(network);
        network.initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, Network.sampleShapes(inputs));
        ModelTrainer.restore(network, model.getNDManager(), weights);
        return new Member() {
            @Override
            public float[][] score(List<Encoded> encoded, int[] rows) {
                try (NDManager m = model.getNDManager().newSubManager()) {
                    ParameterStore ps = new ParameterStore(m, false);
                    return Scoring.score(m, x -> network.forward(ps, x, false), encoded, rows, 1024, head);
                }
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }

    /**
     * Scores rows: {@code columns.get(i)} holds input feature i's raw values. Returns class
     * probabilities, the probability of true, or the value, per row (the members' average),
     * calibrated when the version is.
     */
    public float[][] score(List<List<Object>> columns) {
        return calibrate(scoreUncalibrated(columns));
    }

    /** Scores as the network (or the trees) give them, before calibration: SHOW CALIBRATION's "before". */
    public float[][] scoreUncalibrated(List<List<Object>> columns) {
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
        float[][] sum = members.get(0).score(encoded, rows);
        for (int k = 1; k < members.size(); k++) {
            float[][] s = members.get(k).score(encoded, rows);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < s[i].length; j++) {
                    sum[i][j] += s[i][j];
                }
            }
        }
        if (members.size() > 1) {
            for (float[] row : sum) {
                for (int j = 0; j < row.length; j++) {
                    row[j] /= members.size();
                }
            }
        }
        return sum;
    }

    /** Calibrated copies of uncalibrated scores; the scores themselves when the version is not calibrated. */
    public float[][] calibrate(float[][] scores) {
        return calibration == null ? scores : calibration.apply(head.feature().type(), scores);
    }

    /** The version's calibration, or null. */
    public Calibration calibration() {
        return calibration;
    }

    /** The training distribution of the inputs, or null for a version saved before PQL kept it. */
    public TrainingProfile profile() {
        return profile;
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

    public OutputHead head() {
        return head;
    }

    public List<FeatureMetadata> inputMetadata() {
        return inputs.stream().map(FeatureProcessor::metadata).toList();
    }

    @Override
    public void close() {
        members.forEach(Member::close);
        members.clear();
    }
}
