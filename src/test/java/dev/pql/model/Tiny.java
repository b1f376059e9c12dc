package dev.pql.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.config.ConfigMapper;
import dev.pql.config.Defaults;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.data.Split;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureMetadata;
import dev.pql.features.FeatureProcessor;
import dev.pql.features.NumberProcessor;
import dev.pql.features.Processors;
import dev.pql.registry.Artifacts;
import dev.pql.registry.LoadedModel;
import dev.pql.registry.ModelStore;
import dev.pql.registry.VersionInfo;
import dev.pql.train.ModelTrainer;
import dev.pql.train.TrainingData;
import dev.pql.train.TrainingResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tiny generated data sets and a whole fit-train-save-load cycle, for the model and trainer tests. */
public final class Tiny {
    private Tiny() {
    }

    /** A config from JSON with every default filled in. */
    public static ModelConfig config(String json) {
        ObjectNode tree = ConfigMapper.readTree(json);
        Defaults.fill(tree);
        return ConfigMapper.bind(tree);
    }

    /** One input {@code x} of {@code type} (with its encoder JSON) and an output {@code y} of {@code outputType}. */
    public static ModelConfig config(String type, String encoder, String outputType, String trainer) {
        return config("""
                {"input_features": [{"name": "x", "column": "x", "type": "%s", "encoder": %s}],
                 "output_features": [{"name": "y", "column": "y", "type": "%s"}],
                 "combiner": {"num_fc_layers": 1, "output_size": 16},
                 "trainer": %s}""".formatted(type, encoder, outputType, trainer));
    }

    /**
     * Values of input type {@code type} whose class (the output) they reveal: rows[i] = {x, y}.
     * y is "a"/"b" for category, true/false for binary, a number, or a set of members.
     */
    public static List<Object[]> rows(String type, String outputType, int n, long seed) {
        Random r = new Random(seed);
        String[] filler = {"the", "box", "was", "blue", "it", "came", "today", "and", "works"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean positive = r.nextBoolean();
            double u = r.nextDouble();
            Object x = switch (type) {
                case "number" -> (positive ? 1 : -1) + u;
                case "binary" -> positive;
                case "category" -> (positive ? "red" : "green") + (i % 2);
                case "set", "bag" -> (positive ? "p q" : "n q") + (i % 3 == 0 ? " q" : "");
                case "vector" -> (positive ? 1 : -1) + " " + u + " 0.5";
                case "date" -> "2024-" + (positive ? "01" : "07") + "-" + (10 + i % 15);
                default -> {
                    StringBuilder b = new StringBuilder();
                    int words = 3 + r.nextInt(6);
                    int signal = r.nextInt(words);
                    for (int w = 0; w < words; w++) {
                        b.append(w == signal ? (positive ? "great" : "awful") : filler[r.nextInt(filler.length)]).append(' ');
                    }
                    yield b.toString().trim();
                }
            };
            Object y = switch (outputType) {
                case "binary" -> positive;
                case "number" -> (positive ? 10.0 : 2.0) + u;
                case "set" -> positive ? "up good" : "down";
                default -> positive ? "a" : "b";
            };
            rows.add(new Object[] {x, y});
        }
        return rows;
    }

    /** A trained model and what it was trained on. */
    public record Trained(ModelConfig config, List<FeatureProcessor> inputs, FeatureProcessor output, OutputHead head,
                          Network network, TrainingData data, Split split, TrainingResult result, List<Object> x) {
    }

    /** Fits the features on the first 80% of rows, trains, and returns everything. */
    public static Trained train(ModelConfig config, List<Object[]> rows) {
        int n = rows.size();
        int cut = n * 8 / 10;
        Split split = new Split(range(0, cut), range(cut, n), new int[0]);
        List<Object> x = column(rows, 0);
        List<Object> y = column(rows, 1);
        FeatureConfig in = config.inputFeatures().get(0);
        FeatureProcessor p = Processors.create(in, false);
        p.fit(x.subList(0, cut));
        FeatureConfig out = config.outputFeatures().get(0);
        FeatureProcessor op = Processors.create(out, true);
        op.fit(y.subList(0, cut));
        Encoded labels = op.encode(y);
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = switch (out.type()) {
                case CATEGORY -> ((Encoded.Ids) labels).ids()[i];
                case BINARY -> ((Encoded.Floats) labels).values()[i];
                case NUMBER -> NumberProcessor.parse(y.get(i));
                default -> 0;
            };
        }
        TrainingData data = new TrainingData(List.of(p.encode(x)), labels, truth);
        OutputHead head = new OutputHead(out, op);
        Network network = new Network(config, List.of(p), head.units());
        TrainingResult result = new ModelTrainer(config, e -> { }, () -> false).train(network, head, data, split);
        return new Trained(config, List.of(p), op, head, network, data, split, result, x);
    }

    /** Saves a trained model as a version and loads it back, as PREDICT would. */
    public static LoadedModel saveAndLoad(Trained t, Path root) {
        ModelStore store = new ModelStore(root);
        List<FeatureMetadata> meta = t.inputs().stream().map(FeatureProcessor::metadata).toList();
        VersionInfo info;
        try { // from JSON, so that this test does not follow every new field of the registry's record
            info = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    "{\"model\": \"m\", \"created_at\": \"" + Instant.now() + "\"}", VersionInfo.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        store.save("m", new Artifacts(t.config(), meta, t.output().metadata(), t.result().weights(), t.result().log(),
                info), false);
        return store.load("m", null);
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    static List<Object> column(List<Object[]> rows, int c) {
        List<Object> out = new ArrayList<>();
        rows.forEach(r -> out.add(r[c]));
        return out;
    }
}
