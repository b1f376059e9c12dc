package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.METRIC;
import static dev.pql.config.Option.Kind.PATHS;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.ludwig;
import static dev.pql.config.Option.opt;
import static dev.pql.config.Option.section;
import static dev.pql.config.Option.variant;

import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code hyperopt} section (also the HYPEROPT clause of CREATE MODEL), by Ludwig's names,
 * which are Ray Tune's: the searched paths, the search algorithm, and the executor with its
 * scheduler. {@link Hyperopt#take} checks a section against these lines and reads it; same line
 * format as {@link TrainingOptions} (see HOW TO ADD AN OPTION there).
 */
final class HyperoptOptions {
    static final String SCOPE = "hyperopt";
    /** Ray Tune's asynchronous successive halving, under both of the names Ray registers it by. */
    static final List<String> HALVING = List.of("async_hyperband", "asha");
    /** The model-based search PQL runs: Ray's HyperOptSearch, which is TPE. */
    static final String TPE = "hyperopt";

    private HyperoptOptions() {
    }

    static final List<Option> ROWS = rows();

    private static List<Option> rows() {
        List<Option> r = new ArrayList<>(List.of(
                section("", SCOPE, false, false, "A hyperparameter search (CREATE MODEL only; the HYPEROPT clause is "
                        + "the same): trials train the config with searched values and the best becomes the version."),
                opt(SCOPE, "parameters", PATHS, null, "The searched config paths, each with its space: `trainer."
                        + "learning_rate: {space: loguniform, lower: 0.0001, upper: 0.1}`; spaces choice, grid_search, "
                        + "uniform, quniform, loguniform, qloguniform, randint, randn. The HYPEROPT clause adds to them "
                        + "and wins for the same path."),
                opt(SCOPE, "metric", METRIC, null, "The held-out metric trials are compared by; unset: the trainer's "
                        + "validation_metric, else loss."),
                opt(SCOPE, "goal", STRING, null, oneOf("minimize", "maximize"), "Whether a higher or lower metric is "
                        + "better; unset: the metric's own direction (loss down, accuracy up)."),
                opt(SCOPE, "output_feature", STRING, "combined", "The output whose metric is compared; PQL compares the "
                        + "first output's (with one output, the same)."),
                opt(SCOPE, "split", STRING, "validation", Check.only("validation", "trials are scored on held-out rows "
                        + "(the validation split, or out-of-fold with trainer.folds)"), "The rows a trial is scored on."),
                section(SCOPE, "search_alg", true, false, "How the next trial's values are chosen."),
                section(SCOPE, "executor", false, false, "How the trials run."),
                variant(SCOPE + ".search_alg", "random", true, "Independent random draws from each space (seeded by "
                        + "the config's random_seed)."),
                variant(SCOPE + ".search_alg", "variant_generator", false, "Ludwig's (Ray's) name for random; the same."),
                variant(SCOPE + ".search_alg", "grid", false, "Every combination of the listed values (choice and "
                        + "grid_search spaces only), whatever num_samples says."),
                variant(SCOPE + ".search_alg", TPE, false, "The tree-structured Parzen estimator (Bergstra et al. "
                        + "2011; Ray's HyperOptSearch): after n_initial_points random trials, each next trial's values "
                        + "are those most likely under the density of the best trials against the rest."),
                opt(SCOPE + ".search_alg." + TPE, "n_initial_points", INT, null, atLeast(1), "Random trials before "
                        + "the estimator is used; unset: half of num_samples, at most 20 (Ray's default of 20 would "
                        + "leave a short search all random)."),
                opt(SCOPE + ".search_alg." + TPE, "gamma", FLOAT, 0.25, range(0, true, 1, true), "Sets how many "
                        + "finished trials count as the best: ceil(gamma x sqrt(trials)), as hyperopt splits them."),
                opt(SCOPE + ".search_alg." + TPE, "random_state_seed", INT, null, "The seed of its draws; unset: the "
                        + "config's random_seed."),
                ludwig(SCOPE + ".search_alg", "bohb optuna ax bayesopt blendsearch cfo dragonfly hebo nevergrad skopt "
                        + "zoopt"),
                opt(SCOPE + ".executor", "type", STRING, "ray", Check.only("ray", "PQL runs the trials in its own "
                        + "process"), "Ludwig's executor; PQL runs the trials itself, in parallel where they fit the cores."),
                opt(SCOPE + ".executor", "num_samples", INT, Hyperopt.DEFAULT_SAMPLES, atLeast(1), "Trials to run "
                        + "(random and hyperopt search)."),
                opt(SCOPE + ".executor", "max_concurrent_trials", INT, 0, atLeast(0), "Trials trained at once at most; "
                        + "0: as many as the cores hold without sharing one (gbm trials on small data one core each; "
                        + "ECD trials one at a time, as libtorch's threads and seed are process-wide)."),
                section(SCOPE + ".executor", "scheduler", true, false, "Whether poor trials stop early."),
                ludwig(SCOPE + ".executor", "cpu_resources_per_trial gpu_resources_per_trial time_budget_s "
                        + "kubernetes_namespace trial_driver_resources"),
                variant(SCOPE + ".executor.scheduler", "fifo", true, "Every trial trains to its end.")));
        for (String name : HALVING) {
            String s = SCOPE + ".executor.scheduler." + name;
            r.add(variant(SCOPE + ".executor.scheduler", name, false, "Asynchronous successive halving (Li et al. "
                    + "2018; Ray's AsyncHyperBandScheduler): at grace_period, then every reduction_factor times as "
                    + "far, a trial goes on only if its held-out metric is in the best 1/reduction_factor of the "
                    + "trials that reached that point; a stopped trial keeps its best epoch so far."));
            r.add(opt(s, "time_attr", STRING, "training_iteration", oneOf("training_iteration", "time_total_s"),
                    "What progress is counted in: evaluations (epochs or checkpoints; gbm: boosting rounds) or seconds."));
            r.add(opt(s, "max_t", INT, 100, atLeast(1), "A trial stops when it reaches this much progress."));
            r.add(opt(s, "grace_period", INT, 1, atLeast(1), "The first point at which a trial may be stopped."));
            r.add(opt(s, "reduction_factor", FLOAT, 4.0, range(1, true, 1e6, false), "Only the best 1/reduction_factor "
                    + "go on at each point."));
            r.add(opt(s, "brackets", INT, 1, range(1, false, 1, false), "Hyperband brackets; PQL runs one."));
            r.add(ludwig(s, "metric mode stop_last_trials"));
        }
        r.add(ludwig(SCOPE + ".executor.scheduler", "hyperband hb_bohb median_stopping_rule pbt pb2 resource_changing"));
        return List.copyOf(r);
    }
}
