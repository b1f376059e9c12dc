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
import static dev.pql.config.Option.ludwig;
import static dev.pql.config.Option.opt;
import static dev.pql.config.Option.section;
import static dev.pql.config.Option.variant;

import java.util.List;

/**
 * The model-wide options: top level, combiner, trainer, optimizer and split, by Ludwig's names.
 *
 * <p>HOW TO ADD AN OPTION: add one {@code opt(scope, name, kind, default, check, doc)} line below
 * and a component with the same {@code @JsonProperty} name to the record of that section
 * ({@link TrainerConfig}, {@link CombinerConfig}, ...); drop the name from its {@code ludwig(...)}
 * line if it is there. Validation, defaults and docs/config.md follow from the line (regenerate the
 * doc with {@code -Dpql.docs.update=true}; {@code OptionRegistryTest} checks record and line agree).
 * A new typed variant (an optimizer, a split type) is one {@code variant(...)} line plus its options.
 */
final class TrainingOptions {
    private TrainingOptions() {
    }

    static final List<Option> ROWS = List.of(
            // ---- top level ("" is the root scope)
            opt("", "model_type", STRING, "ecd", oneOf(List.of("ecd", "gbm"), List.of("llm")),
                    "The model family: ecd (encoders, combiner, decoder: a neural network), Ludwig's default, or gbm "
                    + "(gradient-boosted trees, for number, binary and category data)."),
            opt("", "input_features", SECTION, null, "The features the model reads: a list (see Features)."),
            opt("", "output_features", SECTION, null, "The features the model predicts: a list of one (see Features)."),
            section("", "combiner", true, true, "How the encoded inputs are merged."),
            section("", "trainer", false, true, "The training loop."),
            section("", "preprocessing", false, true, "Preprocessing of the whole data set."),
            opt("", "defaults", SECTION, null, "Per feature type defaults: defaults.<type>.<preprocessing|encoder|decoder|loss>"
                    + ".<option>, applied to every feature of that type that does not set the option itself."),
            opt("", "random_seed", INT, 42, "Seed of the split, the initial weights and the shuffling: the same seed, "
                    + "data and config give the same model."),
            ludwig("", "hyperopt backend ludwig_version prompt llm generation adapter quantization base_model"),

            // ---- combiner
            variant("combiner", "concat", true, "Concatenates the encoder outputs, then a stack of fully connected layers."),
            ludwig("combiner", "sequence_concat sequence tabnet comparator transformer tabtransformer project_aggregate"),
            opt("combiner.concat", "num_fc_layers", INT, 1, atLeast(0), "Fully connected layers after the concatenation."),
            opt("combiner.concat", "output_size", INT, 128, atLeast(1), "Width of each fully connected layer."),
            opt("combiner.concat", "dropout", FLOAT, 0.1, fraction(), "Dropout rate after each layer."),
            ludwig("combiner.concat", "fc_layers activation norm norm_params use_bias weights_initializer "
                    + "bias_initializer flatten_inputs residual"),

            // ---- trainer
            opt("trainer", "epochs", INT, 30, atLeast(1), "Passes over the training split at most."),
            opt("trainer", "batch_size", INT, 64, atLeast(1), "Rows per training step."),
            opt("trainer", "learning_rate", FLOAT, 0.001, range(0, true, 10, false), "The optimizer's step size."),
            section("trainer", "optimizer", true, true, "The optimizer."),
            opt("trainer", "early_stop", INT, 5, atLeast(-1), "Stop after this many epochs without a better "
                    + "validation_metric; -1 never stops early."),
            opt("trainer", "validation_metric", METRIC, "loss", "The validation metric that picks the best epoch; "
                    + "it must exist for the output type (see Metrics)."),
            ludwig("trainer", "type train_steps steps_per_checkpoint checkpoints_per_epoch max_batch_size eval_batch_size "
                    + "gradient_accumulation_steps learning_rate_scaling learning_rate_scheduler regularization_type "
                    + "regularization_lambda should_shuffle increase_batch_size_on_plateau "
                    + "increase_batch_size_on_plateau_patience increase_batch_size_on_plateau_rate "
                    + "increase_batch_size_eval_metric increase_batch_size_eval_split validation_field bucketing_field "
                    + "skip_all_evaluation enable_gradient_checkpointing evaluate_training_set use_mixed_precision compile "
                    + "gradient_clipping enable_profiling profiler learning_rate_warmup_epochs"),
            variant("trainer.optimizer", "adam", true, "Adam."),
            variant("trainer.optimizer", "sgd", false, "Plain stochastic gradient descent."),
            ludwig("trainer.optimizer", "adamw adadelta adagrad adamax ftrl nadam rmsprop lars lamb lion paged_adam "
                    + "paged_adamw paged_adam_8bit paged_adamw_8bit adam_8bit adamw_8bit sgd_8bit"),
            ludwig("trainer.optimizer.*", "betas eps weight_decay amsgrad momentum dampening nesterov lr_decay "
                    + "initial_accumulator_value rho alpha centered lr_power l1_regularization_strength "
                    + "l2_regularization_strength block_wise percentile_clipping optim_bits min_8bit_size"),

            // ---- preprocessing of the whole data set
            section("preprocessing", "split", true, true, "How rows are divided into training, validation and test sets."),
            ludwig("preprocessing", "sample_ratio sample_size oversample_minority undersample_majority "
                    + "global_max_sequence_length cache_encoder_embeddings"),
            variant("preprocessing.split", "random", true, "Each row draws its set at random (seeded by random_seed)."),
            ludwig("preprocessing.split", "fixed stratify datetime hash"),
            opt("preprocessing.split.random", "probabilities", FLOAT_LIST, List.of(0.7, 0.1, 0.2), Check.splitShares(),
                    "Shares of training, validation and test rows."),
            ludwig("preprocessing.split.*", "column datetime_format fill_value probabilities"));
}
