package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The model families {@code model_type: auto} trains, each as the config that pins it: three
 * candidates that differ in kind (AutoGluon-Tabular's recipe, smaller): the network of the auto
 * config itself (ECD with the data's defaults), LightGBM's trees with the gbm trainer's defaults,
 * and a regularised linear model (an ECD with no hidden layer over the standardised numbers, whose
 * L2 penalty is scikit-learn's LogisticRegression default C = 1 spread over the training rows).
 * Every candidate reads the same preprocessed features (only encoders, combiner and trainer
 * differ), so one set of fitted processors serves the whole ensemble. Pure: training and loading
 * derive the same configs from the stored auto config.
 */
public final class AutoCandidates {
    /** The network of the auto config. */
    public static final String ECD = "ecd";
    /** LightGBM's gradient-boosted trees. */
    public static final String GBM = "gbm";
    /** A linear model: an ECD whose combiner has no hidden layer. */
    public static final String LINEAR = "linear";

    /** One family: its kind, what sets it apart (pql.trials' parameters), and its config. */
    public record Candidate(String kind, String parameters, ModelConfig config) {
    }

    private AutoCandidates() {
    }

    /** True when a config asks for model selection. */
    public static boolean isAuto(ModelConfig config) {
        return "auto".equals(config.modelType());
    }

    /**
     * The candidates for an auto config, in a fixed order; {@code trainingRows} sets the linear
     * model's penalty (0 where it does not matter: at load, where it does not change the weights'
     * shape, and in EXPLAIN, before the rows are known).
     */
    public static List<Candidate> of(ModelConfig auto, int trainingRows) {
        List<Candidate> out = new ArrayList<>();
        for (String kind : List.of(ECD, GBM, LINEAR)) {
            out.add(candidate(auto, kind, trainingRows));
        }
        return out;
    }

    /** The candidate of one kind; null for a kind PQL does not know (a version from a newer engine). */
    public static Candidate candidate(ModelConfig auto, String kind, int trainingRows) {
        ObjectNode tree = ConfigMapper.toTree(auto);
        int folds = auto.trainer().folds() == null ? 1 : auto.trainer().folds();
        switch (kind) {
            case ECD -> {
                tree.put("model_type", "ecd");
                return new Candidate(kind, "the network of the config (combiner " + auto.combiner().type() + ")",
                        ConfigMapper.bind(tree));
            }
            case GBM -> {
                tree.put("model_type", "gbm");
                tree.remove("combiner");
                ObjectNode trainer = tree.putObject("trainer");
                trainer.put("folds", folds);
                Defaults.fill(tree);
                ModelConfig gbm = ConfigMapper.bind(tree);
                return new Candidate(kind, String.format(Locale.ROOT, "LightGBM, %d rounds at most of %d leaves, "
                        + "learning_rate %s", gbm.trainer().numBoostRound(), gbm.trainer().numLeaves(),
                        gbm.trainer().learningRate()), gbm);
            }
            case LINEAR -> {
                tree.put("model_type", "ecd");
                ObjectNode combiner = tree.putObject("combiner");
                combiner.put("type", "concat");
                combiner.put("num_fc_layers", 0);
                for (JsonNode f : tree.path("input_features")) {
                    if (f.path("type").asText().equals("number") && f instanceof ObjectNode o) {
                        o.putObject("encoder").put("type", "passthrough"); // a weight per standardised number
                    }
                }
                double lambda = 1.0 / (2.0 * Math.max(1, trainingRows));
                ObjectNode trainer = (ObjectNode) tree.path("trainer");
                trainer.put("regularization_type", "l2");
                trainer.put("regularization_lambda", lambda);
                Defaults.fill(tree);
                return new Candidate(kind, "no hidden layer, l2 penalty " + (trainingRows > 0
                        ? String.format(Locale.ROOT, "%.2g", lambda) : "1/(2 x training rows)"),
                        ConfigMapper.bind(tree));
            }
            default -> {
                return null;
            }
        }
    }
}
