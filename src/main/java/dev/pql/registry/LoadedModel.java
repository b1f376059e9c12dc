package dev.pql.registry;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureMetadata;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.Processors;
import dev.pql.model.Engines;
import dev.pql.model.GbmBooster;
import dev.pql.model.GbmMatrix;
import dev.pql.model.Network;
import dev.pql.model.OutputHead;
import dev.pql.train.ModelTrainer;
import dev.pql.train.Scoring;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A model version ready to predict: processors restored from metadata, the network with its
 * weights (or, for model_type gbm, LightGBM's trees). Prediction is a pure function of this and a batch of rows; safe for concurrent use.
 */
public final class LoadedModel implements AutoCloseable {
    private final String name;
    private final int version;
    private final ModelConfig config;
    private final VersionInfo info;
    private final List<FeatureProcessor> inputs = new ArrayList<>();
    private final OutputHead head;
    /** The neural network (model_type ecd), or null. */
    private final Network network;
    private final Model model;
    /** The trees (model_type gbm), or null. */
    private final GbmBooster booster;

    LoadedModel(String name, int version, Artifacts a) {
        this.name = name;
        this.version = version;
        this.config = a.config();
        this.info = a.info();
        for (int i = 0; i < config.inputFeatures().size(); i++) {
            inputs.add(Processors.restore(config.inputFeatures().get(i), false, a.inputs().get(i)));
        }
        FeatureConfig out = config.outputFeatures().get(0);
        head = new OutputHead(out, Processors.restore(out, true, a.output()));
        if ("gbm".equals(config.modelType())) {
            booster = GbmBooster.load(new String(a.weights(), StandardCharsets.UTF_8), head.units());
            model = null;
            network = null;
            return;
        }
        booster = null;
        Engines.pytorch();
        model = Model.newInstance(name + "-" + version, "PyTorch");
        network = new Network(config, inputs, head.units());
        model.setBlock(network);
        network.initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, Network.sampleShapes(inputs));
        ModelTrainer.restore(network, model.getNDManager(), a.weights());
    }

    /**
     * Scores rows: {@code columns.get(i)} holds input feature i's raw values. Returns class
     * probabilities, the probability of true, or the value, per row.
     */
    public float[][] score(List<List<Object>> columns) {
        List<Encoded> encoded = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            encoded.add(inputs.get(i).encode(columns.get(i)));
        }
        int n = columns.isEmpty() ? 0 : columns.get(0).size();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        if (booster != null) {
            return Scoring.toDataScale(head, booster.predict(GbmMatrix.of(config.inputFeatures(), encoded, rows)));
        }
        try (NDManager m = model.getNDManager().newSubManager()) {
            ParameterStore ps = new ParameterStore(m, false);
            return Scoring.score(m, x -> network.forward(ps, x, false), encoded, rows, 1024, head);
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

    public OutputHead head() {
        return head;
    }

    public List<FeatureMetadata> inputMetadata() {
        return inputs.stream().map(FeatureProcessor::metadata).toList();
    }

    @Override
    public void close() {
        if (booster != null) {
            booster.close();
        } else {
            model.close();
        }
    }
}
