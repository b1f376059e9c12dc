package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.METRIC;
import static dev.pql.config.Option.ludwig;
import static dev.pql.config.Option.opt;

import java.util.List;

/**
 * The trainer of {@code model_type: gbm} (gradient-boosted trees, trained by LightGBM), by Ludwig's
 * names for its gbm trainer, which are LightGBM's. With {@code model_type: gbm} the config's
 * {@code trainer} section is checked and filled against these lines (scope {@link #SCOPE}) instead
 * of the neural trainer's, and the config has no combiner. Same line format as
 * {@link TrainingOptions} (see HOW TO ADD AN OPTION there; the component goes to
 * {@link TrainerConfig}). The defaults are those of scikit-learn's HistGradientBoosting (100 rounds
 * of 31 leaves at rate 0.1, 20 rows a leaf), which beat Ludwig's on the benchmark sets, with early
 * stopping on the validation rows.
 */
final class GbmOptions {
    /** The registry scope of the gbm trainer's options. */
    static final String SCOPE = "gbm_trainer";

    /** What {@code trainer.folds} does, for both trainers. */
    static final String FOLDS_DOC = "Models trained, each validating on its own fold of the training and validation "
            + "rows and fitting the rest; the version averages their predictions (k-fold bagging, as AutoGluon does) "
            + "and its validation metrics are out-of-fold. 1 trains one model on the split's training rows.";

    private GbmOptions() {
    }

    static final List<Option> ROWS = List.of(
            opt(SCOPE, "num_boost_round", INT, 100, atLeast(1), "Boosting rounds at most (one tree per class a round)."),
            opt(SCOPE, "learning_rate", FLOAT, 0.1, range(0, true, 1, true), "Shrinkage of each round's trees."),
            opt(SCOPE, "early_stop", INT, 10, atLeast(-1), "Stop after this many rounds without a better "
                    + "validation_metric (the best round is kept); -1 never stops early."),
            opt(SCOPE, "validation_metric", METRIC, "loss", "The validation metric that picks the best round."),
            opt(SCOPE, "num_leaves", INT, 31, range(2, false, 131072, false), "Leaves of each tree at most."),
            opt(SCOPE, "max_depth", INT, -1, atLeast(-1), "Depth of each tree at most; -1 for no limit."),
            opt(SCOPE, "min_data_in_leaf", INT, 20, atLeast(0), "Training rows a leaf needs at least."),
            opt(SCOPE, "lambda_l1", FLOAT, 0.0, range(0, false, 1e9, false), "L1 penalty on leaf values."),
            opt(SCOPE, "lambda_l2", FLOAT, 0.0, range(0, false, 1e9, false), "L2 penalty on leaf values."),
            opt(SCOPE, "bagging_fraction", FLOAT, 1.0, range(0, true, 1, false), "Share of the training rows each "
                    + "tree sees (drawn every bagging_freq rounds); 1 uses all."),
            opt(SCOPE, "bagging_freq", INT, 0, atLeast(0), "Rounds between new row samples; 0 turns bagging off."),
            opt(SCOPE, "feature_fraction", FLOAT, 1.0, range(0, true, 1, false), "Share of the input columns each "
                    + "tree sees."),
            opt(SCOPE, "max_bin", INT, 255, range(2, false, 65535, false), "Histogram bins per numeric column."),
            opt(SCOPE, "folds", INT, 1, range(1, false, 20, false), FOLDS_DOC),
            ludwig(SCOPE, "type boosting_type tree_learner boosting_rounds_per_checkpoint min_sum_hessian_in_leaf "
                    + "pos_bagging_fraction neg_bagging_fraction bagging_seed feature_fraction_bynode "
                    + "feature_fraction_seed extra_trees extra_seed max_delta_step min_gain_to_split drop_rate "
                    + "max_drop skip_drop xgboost_dart_mode uniform_drop drop_seed top_rate other_rate min_data_per_group "
                    + "max_cat_threshold cat_l2 cat_smooth max_cat_to_onehot cegb_tradeoff cegb_penalty_split "
                    + "path_smooth verbose max_threads eval_batch_size evaluate_training_set"));
}
