package dev.pql.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.pql.config.ConfigValidator;
import dev.pql.config.FeatureType;
import dev.pql.config.encoders.EncoderOptions;
import dev.pql.config.encoders.EncoderSpec;
import dev.pql.config.encoders.EncoderSpecs;
import dev.pql.registry.LoadedModel;
import dev.pql.train.EpochLog;
import dev.pql.train.Scoring;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered encoder on tiny generated data: the network's output has the decoder's shape,
 * every trainable parameter gets a gradient, the loss falls over a few epochs, and a saved and
 * reloaded version predicts exactly what the trained network did.
 */
class EncodersTest {
    static final String TRAINER = """
            {"epochs": 3, "batch_size": 16, "learning_rate": 0.01, "early_stop": -1}""";

    static Stream<Arguments> encoders() {
        return Stream.of(
                Arguments.of("number", "{\"type\": \"passthrough\"}"),
                Arguments.of("number", "{\"type\": \"dense\"}"),
                Arguments.of("number", "{\"type\": \"piecewise\", \"num_bins\": 4}"),
                Arguments.of("binary", "{\"type\": \"passthrough\"}"),
                Arguments.of("binary", "{\"type\": \"dense\"}"),
                Arguments.of("category", "{\"type\": \"dense\"}"),
                Arguments.of("category", "{\"type\": \"sparse\"}"),
                Arguments.of("text", "{\"type\": \"embed\", \"reduce_output\": \"sum\"}"),
                Arguments.of("text", "{\"type\": \"parallel_cnn\", \"num_filters\": 8}"),
                Arguments.of("text", "{\"type\": \"stacked_cnn\", \"num_filters\": 8, \"pool_size\": 2}"),
                Arguments.of("text", "{\"type\": \"rnn\", \"cell_type\": \"lstm\", \"bidirectional\": true, \"state_size\": 8}"),
                Arguments.of("text", "{\"type\": \"rnn\", \"cell_type\": \"gru\", \"state_size\": 8, \"reduce_output\": \"max\"}"),
                Arguments.of("text", "{\"type\": \"rnn\", \"state_size\": 8, \"num_layers\": 2}"),
                Arguments.of("text", "{\"type\": \"cnnrnn\", \"num_filters\": 8, \"state_size\": 8}"),
                Arguments.of("text", "{\"type\": \"transformer\", \"embedding_size\": 16, \"transformer_output_size\": 16, "
                        + "\"num_heads\": 2, \"hidden_size\": 16}"),
                Arguments.of("sequence", "{\"type\": \"embed\", \"reduce_output\": \"last\"}"),
                Arguments.of("sequence", "{\"type\": \"rnn\", \"cell_type\": \"gru\", \"state_size\": 8}"),
                Arguments.of("set", "{\"type\": \"embed\", \"embedding_size\": 8}"),
                Arguments.of("bag", "{\"type\": \"embed\", \"embedding_size\": 8}"),
                Arguments.of("vector", "{\"type\": \"dense\", \"output_size\": 8}"),
                Arguments.of("vector", "{\"type\": \"passthrough\"}"),
                Arguments.of("date", "{\"type\": \"embed\", \"embedding_size\": 4}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("encoders")
    void trainsAndReloads(String type, String encoder, @TempDir Path dir) {
        Tiny.Trained t = Tiny.train(Tiny.config(type, encoder, "category", TRAINER), Tiny.rows(type, "category", 80, 1));
        List<EpochLog> log = t.result().log();
        assertTrue(log.get(log.size() - 1).trainLoss() < log.get(0).trainLoss(),
                "loss falls: " + log.stream().map(EpochLog::trainLoss).toList());

        int[] rows = Tiny.range(0, 20);
        try (NDManager m = Engines.pytorch().newBaseManager()) {
            ModelTrainerAccess.restore(t.network(), m, t.result().weights());
            ParameterStore ps = new ParameterStore(m, false);
            float[][] before = Scoring.score(m, x -> t.network().forward(ps, x, false), t.data().inputs(), rows, 8, t.head());
            assertEquals(t.head().units(), before[0].length, "one score per class");
            try (LoadedModel loaded = Tiny.saveAndLoad(t, dir)) {
                float[][] after = loaded.score(List.of(t.x().subList(0, 20)));
                for (int i = 0; i < rows.length; i++) {
                    // Batches differ (8 rows then all 20): equal up to float rounding in the matrix products.
                    assertArrayEquals(before[i], after[i], 1e-5f, "row " + i + " predicts the same after save and load");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("encoders")
    void everyParameterGetsAGradient(String type, String encoder) {
        var config = Tiny.config(type, encoder, "category", TRAINER);
        List<Object[]> data = Tiny.rows(type, "category", 16, 2);
        var p = dev.pql.features.Processors.create(config.inputFeatures().get(0), false);
        p.fit(Tiny.column(data, 0));
        var op = dev.pql.features.Processors.create(config.outputFeatures().get(0), true);
        op.fit(Tiny.column(data, 1));
        OutputHead head = new OutputHead(config.outputFeatures().get(0), op);
        Network network = new Network(config, List.of(p), head.units());
        try (Model model = Model.newInstance("grad", "PyTorch")) {
            model.setBlock(network);
            NDManager m = model.getNDManager();
            int[] rows = Tiny.range(0, 16);
            Shape[] shapes = {p.encode(Tiny.column(data, 0)).shape(rows)};
            network.initialize(m, DataType.FLOAT32, shapes);
            for (Pair<String, Parameter> param : network.getParameters()) {
                param.getValue().getArray().setRequiresGradient(true);
            }
            NDArray x = p.encode(Tiny.column(data, 0)).toNDArray(m, rows);
            NDArray y = op.encode(Tiny.column(data, 1)).toNDArray(m, rows);
            try (GradientCollector gc = Engines.pytorch().newGradientCollector()) {
                NDList out = network.forward(new ParameterStore(m, false), new NDList(x), true);
                assertEquals(new Shape(16, head.units()), out.singletonOrThrow().getShape());
                gc.backward(head.loss().evaluate(new NDList(y), out));
            }
            for (Pair<String, Parameter> param : network.getParameters()) {
                if (param.getValue().requiresGradient()) {
                    float norm = param.getValue().getArray().getGradient().abs().sum().getFloat();
                    assertTrue(norm > 0, param.getKey() + " gets a gradient");
                }
            }
        }
    }

    @Test
    void registryMatchesTheConfigStage() {
        for (FeatureType t : FeatureType.values()) {
            assertEquals(new HashSet<>(ConfigValidator.ENCODERS.getOrDefault(t, List.of())), Encoders.names(t),
                    "encoders of " + t.ludwigName());
        }
    }

    @Test
    void everyOptionsRecordHasABlockAndEveryBlockARecord() {
        Set<Class<? extends EncoderOptions>> specified = new HashSet<>();
        for (EncoderSpec spec : EncoderSpecs.all()) {
            specified.add(spec.options());
            assertTrue(Encoders.records().contains(spec.options()), spec.type().ludwigName() + " encoder " + spec.name()
                    + " binds to " + spec.options().getSimpleName() + ", which has no block in Encoders");
        }
        for (Class<? extends EncoderOptions> record : Encoders.records()) {
            assertTrue(specified.contains(record), record.getSimpleName() + " has a block but no EncoderSpecs line");
        }
    }
}
