package dev.pql.train;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import dev.pql.config.ModelConfig;
import dev.pql.data.Split;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.Encoded;
import dev.pql.features.FeatureProcessor;
import dev.pql.model.Engines;
import dev.pql.model.GbmBooster;
import dev.pql.model.GbmMatrix;
import dev.pql.model.Network;
import dev.pql.model.OutputHead;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model types by name: the ECD network (DJL on PyTorch) and gradient-boosted trees (LightGBM).
 * Adding a model type is one {@link ModelType} and one line here, plus its options in the config
 * stage. {@code auto} is no type of its own: it trains several of these and weights them
 * ({@link AutoTraining}, {@link EnsembleBundle}).
 */
public final class ModelTypes {
    private static final Map<String, ModelType> REGISTRY = new LinkedHashMap<>();

    static {
        register(new Ecd());
        register(new Gbm());
    }

    private ModelTypes() {
    }

    private static void register(ModelType type) {
        REGISTRY.put(type.name(), type);
    }

    /** The type of a config's model_type (a missing one is ecd, Ludwig's default). */
    public static ModelType of(ModelConfig config) {
        return of(config.modelType() == null ? "ecd" : config.modelType());
    }

    public static ModelType of(String name) {
        ModelType t = REGISTRY.get(name);
        if (t == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "No model type '" + name + "' to train or load; PQL has "
                    + String.join(", ", REGISTRY.keySet()) + " (and auto, an ensemble of them).");
        }
        return t;
    }

    /** The network of the config's combiner and encoders, trained by {@link ModelTrainer}. */
    private static final class Ecd implements ModelType {
        @Override
        public String name() {
            return "ecd";
        }

        @Override
        public TrainingResult train(ModelConfig config, Split split, Job job) {
            Engines.intraOpThreads(Engines.threads()); // a batch of training work is large enough to split over every core
            Network network = new Network(config, job.inputs(), job.heads().stream().mapToInt(OutputHead::units).toArray());
            return new ModelTrainer(config, job.progress(), job.cancelled(), job.stopRule())
                    .train(network, job.heads(), job.data(), split);
        }

        @Override
        public Scorer load(ModelConfig config, List<FeatureProcessor> inputs, List<OutputHead> heads, byte[] weights,
                           String label) {
            Engines.pytorch();
            Model model = Model.newInstance(label, "PyTorch");
            Network network = new Network(config, inputs, heads.stream().mapToInt(OutputHead::units).toArray());
            model.setBlock(network);
            network.initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32, Network.sampleShapes(inputs));
            ModelTrainer.restore(network, model.getNDManager(), weights);
            return new Scorer() {
                @Override
                public List<float[][]> score(List<Encoded> encoded, int[] rows) {
                    try (NDManager m = model.getNDManager().newSubManager()) {
                        ParameterStore ps = new ParameterStore(m, false);
                        return Scoring.scoreAll(m, x -> network.forward(ps, x, false), encoded, rows, 1024, heads);
                    }
                }

                @Override
                public void close() {
                    model.close();
                }
            };
        }

        /** libtorch's intra-op pool is the whole process's: a training may use every core of it. */
        @Override
        public int threads(int trainRows) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** Gradient-boosted trees, trained by {@link GbmTrainer}; they predict the first output only. */
    private static final class Gbm implements ModelType {
        @Override
        public String name() {
            return "gbm";
        }

        @Override
        public TrainingResult train(ModelConfig config, Split split, Job job) {
            return new GbmTrainer(config, job.progress(), job.cancelled(), job.stopRule())
                    .train(job.heads().get(0), job.data(), split);
        }

        @Override
        public Scorer load(ModelConfig config, List<FeatureProcessor> inputs, List<OutputHead> heads, byte[] weights,
                           String label) {
            OutputHead head = heads.get(0);
            GbmBooster booster = GbmBooster.load(new String(weights, StandardCharsets.UTF_8), head.units());
            return new Scorer() {
                @Override
                public List<float[][]> score(List<Encoded> encoded, int[] rows) {
                    return Collections.singletonList(Scoring.toDataScale(head,
                            booster.predict(GbmMatrix.of(config.inputFeatures(), encoded, rows))));
                }

                @Override
                public void close() {
                    booster.close();
                }
            };
        }

        @Override
        public int threads(int trainRows) {
            return GbmTrainer.threads(trainRows);
        }
    }
}
