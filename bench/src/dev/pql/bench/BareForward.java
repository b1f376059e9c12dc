package dev.pql.bench;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureMetadata;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.Processors;
import dev.pql.model.Engines;
import dev.pql.model.Network;
import dev.pql.model.OutputHead;
import dev.pql.train.ModelTrainer;
import dev.pql.train.Scoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The limit for batch PREDICT: a model version rebuilt from its folder with the engine's public
 * classes, and its network run forward over rows that were preprocessed beforehand, in batches,
 * with tensor creation and the copy of scores to the host (the engine's {@link Scoring#score})
 * but no SQL, no JDBC and no preprocessing.
 */
final class BareForward implements AutoCloseable {
    private final List<FeatureProcessor> inputs = new ArrayList<>();
    private final OutputHead head;
    private final Network network;
    private final Model model;

    BareForward(Path versionDir) throws IOException {
        ObjectMapper json = dev.pql.config.ConfigMapper.json();
        ModelConfig config = json.readValue(versionDir.resolve("config.json").toFile(), ModelConfig.class);
        List<FeatureMetadata> meta = json.readValue(versionDir.resolve("features.json").toFile(),
                new TypeReference<List<FeatureMetadata>>() { });
        for (int i = 0; i < config.inputFeatures().size(); i++) {
            inputs.add(Processors.restore(config.inputFeatures().get(i), false, meta.get(i)));
        }
        FeatureConfig out = config.outputFeatures().get(0);
        head = new OutputHead(out, Processors.restore(out, true, meta.get(meta.size() - 1)));
        Engines.pytorch();
        model = Model.newInstance("bench-limit", "PyTorch");
        network = new Network(config, inputs, head.units());
        model.setBlock(network);
        Shape[] shapes = new Shape[inputs.size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = switch (inputs.get(i).config().type()) {
                case TEXT -> new Shape(1, 8);
                case CATEGORY -> new Shape(1);
                default -> new Shape(1, 1);
            };
        }
        network.initialize(model.getNDManager(), DataType.FLOAT32, shapes);
        ModelTrainer.restore(network, model.getNDManager(), Files.readAllBytes(versionDir.resolve("weights.params")));
    }

    /** The newest version folder of a model in a PQL database folder. */
    static Path latestVersion(Path dbDir, String model) throws IOException {
        Path dir = dbDir.resolve("models").resolve(model.toLowerCase(java.util.Locale.ROOT));
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .max(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))
                    .orElseThrow(() -> new IOException("no version of " + model + " in " + dir));
        }
    }

    /** The input features' column names, in the network's input order. */
    List<String> columns() {
        return inputs.stream().map(p -> p.config().column()).toList();
    }

    /** Preprocessing: raw values per input feature → what the encoders take. */
    List<Encoded> encode(List<List<Object>> columns) {
        List<Encoded> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            out.add(inputs.get(i).encode(columns.get(i)));
        }
        return out;
    }

    /** The forward pass over every encoded row, {@code batch} rows at a time; returns the row count. */
    int forward(List<Encoded> encoded, int batch) {
        int n = encoded.get(0).size();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        try (NDManager m = model.getNDManager().newSubManager()) {
            ParameterStore ps = new ParameterStore(m, false);
            float[][] scores = Scoring.score(m, x -> network.forward(ps, x, false), encoded, rows, batch, head);
            return scores.length;
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
