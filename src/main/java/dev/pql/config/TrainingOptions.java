package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.fraction;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.FLOAT_LIST;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.METRIC;
import static dev.pql.config.Option.Kind.SECTION;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;
import static dev.pql.config.Option.section;
import static dev.pql.config.Option.variant;

import java.util.List;

/**
 * The model-wide options: top level, combiner, trainer, optimizer and split, by Ludwig's names.
 *
 * <p>HOW TO ADD AN OPTION: add one {@code opt(scope, name, kind, default, check, doc)} line below
 * and a component with the same {@code @JsonProperty} name to the record of that section
 * ({@link TrainerConfig}, {@link CombinerConfig}, ...). Ludwig's own names come from {@link LudwigSchema}
 * (a resource file), so nothing else changes. Validation, defaults and docs/config.md follow from
 * the line (regenerate the doc with {@code -Dpql.docs.update=true}; {@code OptionRegistryTest} checks record and line agree).
 * A new typed variant (an optimizer, a split type) is one {@code variant(...)} line plus its options.
 */
final class TrainingOptions {
    private TrainingOptions() {
    }

    static final List<Option> ROWS = List.of(
            // ---- top level ("" is the root scope)
            opt("", "model_type", STRING, "ecd", oneOf(List.of("ecd", "gbm", "auto"), List.of("llm")),
                    "The model family: ecd (encoders, combiner, decoder: a neural network), Ludwig's default, gbm "
                    + "(gradient-boosted trees, for number, binary and category outputs), or auto: the network, the trees "
                    + "and a linear model trained on the same folds and weighted by ensemble selection on their "
                    + "out-of-fold predictions (SHOW TRIALS). Unset, auto is chosen for one number, binary or category "
                    + "output read from tabular inputs (or from text under 2,000 rows), ecd otherwise."),
            opt("", "input_features", SECTION, null, "The features the model reads: a list (see Features)."),
            opt("", "output_features", SECTION, null, "The features the model predicts: a list; several train one "
                    + "decoder head each on the shared combiner, the loss their sum weighted by loss.weight (see Features)."),
            section("", "combiner", true, true, "How the encoded inputs are merged."),
            section("", "trainer", false, true, "The training loop."),
            section("", "preprocessing", false, true, "Preprocessing of the whole data set."),
            opt("", "defaults", SECTION, null, "Per feature type defaults: defaults.<type>.<preprocessing|encoder|decoder|loss>"
                    + ".<option>, applied to every feature of that type that does not set the option itself."),
            opt("", "random_seed", INT, 42, "Seed of the split, the initial weights and the shuffling: the same seed, "
                    + "data and config give the same model."),

            // ---- combiner
            variant("combiner", "concat", true, "Concatenates the encoder outputs, then a stack of fully connected layers."),
            opt("combiner.concat", "num_fc_layers", INT, 1, atLeast(0), "Fully connected layers after the concatenation."),
            opt("combiner.concat", "output_size", INT, 128, atLeast(1), "Width of each fully connected layer."),
            opt("combiner.concat", "dropout", FLOAT, 0.1, fraction(), "Dropout rate after each layer."),

            // ---- trainer
            opt("trainer", "epochs", INT, 30, atLeast(1), "Passes over the training split at most."),
            opt("trainer", "batch_size", INT, 64, atLeast(1), "Rows per training step."),
            opt("trainer", "learning_rate", FLOAT, 0.001, range(0, true, 10, false), "The optimizer's step size."),
            section("trainer", "optimizer", true, true, "The optimizer."),
            opt("trainer", "early_stop", INT, 5, atLeast(-1), "Stop after this many epochs without a better "
                    + "validation_metric; -1 never stops early."),
            opt("trainer", "validation_metric", METRIC, "loss", "The validation metric that picks the best epoch; "
                    + "it must exist for the output type (see Metrics)."),
            variant("trainer.optimizer", "adam", true, "Adam."),
            variant("trainer.optimizer", "sgd", false, "Plain stochastic gradient descent."),

            // ---- preprocessing of the whole data set
            section("preprocessing", "split", true, true, "How rows are divided into training, validation and test sets."),
            variant("preprocessing.split", "random", true, "Each row draws its set at random (seeded by random_seed)."),
            opt("preprocessing.split.random", "probabilities", FLOAT_LIST, List.of(0.7, 0.1, 0.2), Check.splitShares(),
                    "Shares of training, validation and test rows."));
}
