package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.fraction;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.COLUMN;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.FLOAT_LIST;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;
import static dev.pql.config.Option.section;
import static dev.pql.config.Option.variant;

import java.util.ArrayList;
import java.util.List;

/**
 * The model zoo's options: the sequence, set, bag, vector and date types' preprocessing, the losses,
 * and the trainer's optimizers, schedules, clipping and
 * regularization; the split types and sampling. Same line format as {@link FeatureOptions} and
 * {@link TrainingOptions} (see HOW TO ADD AN OPTION there); kept apart so that the model stage's
 * additions do not collide with edits to those files. Encoders are registered in
 * {@link dev.pql.config.encoders.EncoderSpecs}, not here.
 */
final class ZooOptions {
    private ZooOptions() {
    }

    static final List<Option> ROWS = rows();

    private static List<Option> rows() {
        List<Option> r = new ArrayList<>();
        r.add(variant("number.loss", "mean_absolute_error", false, "Absolute error on the normalized scale."));
        r.add(variant("number.loss", "huber", false, "Squared error below delta, absolute above."));
        r.add(opt("number.loss.huber", "delta", FLOAT, 1.0, range(0, true, 1e9, false), "Where Huber turns linear."));
        for (String loss : List.of("binary.loss.binary_weighted_cross_entropy", "number.loss.mean_squared_error",
                "number.loss.mean_absolute_error", "number.loss.huber", "category.loss.softmax_cross_entropy",
                "set.loss.sigmoid_cross_entropy")) {
            // no default filled in: resolved configs of one output stay as they were (1 applies when unset)
            r.add(opt(loss, "weight", FLOAT, null, range(0, false, 1e9, false),
                    "How much this output's loss counts in the sum when the model has several output features; 1 when not set."));
        }
        r.add(opt("binary.loss.binary_weighted_cross_entropy", "positive_class_weight", FLOAT, 1.0,
                range(0, true, 1e9, false), "Weight of the true rows in the loss (>1 for a rare true class)."));
        r.add(opt("category.loss.softmax_cross_entropy", "class_weights", FLOAT_LIST, null, Check.each(range(0, false, 1e9, false)),
                "One weight per class, in the order of the class vocabulary (most frequent first)."));
        // ---- combiner: normalisation and residual connections
        r.add(opt("combiner.concat", "norm", STRING, null, oneOf(List.of("batch", "layer"), List.of("ghost")),
                "Normalisation after each fully connected layer; none when not set."));
        r.add(opt("combiner.concat", "residual", BOOL, false, "Add each layer's input to its output where the widths match."));
        r.add(opt("text.preprocessing", "ngram_size", INT, 2, range(1, false, 5, false),
                "Longest n-gram the ngram tokenizer adds."));
        sequencePreprocessing(r);
        setTypes(r);
        r.add(opt("vector.preprocessing", "vector_size", INT, null, atLeast(1), "Numbers per value; the first "
                + "training value's count when not set."));
        r.add(opt("vector.preprocessing", "missing_value_strategy", STRING, "fill_with_const", oneOf("fill_with_const"),
                "A missing vector becomes zeros."));
        r.add(opt("date.preprocessing", "datetime_format", STRING, null, "A java.time pattern (yyyy-MM-dd HH:mm); "
                + "ISO dates and times when not set."));
        r.add(opt("date.preprocessing", "missing_value_strategy", STRING, "fill_with_const", oneOf("fill_with_const"),
                "A missing date becomes fill_value, or January 1 of the mean training year when that is not set."));
        r.add(opt("date.preprocessing", "fill_value", STRING, null, "The date a missing value becomes (read with "
                + "datetime_format); January 1 of the mean training year when not set."));
        trainer(r);
        return List.copyOf(r);
    }

    /** Sequences: token lists (ids, events) rather than prose, so split on white space and keep case. */
    private static void sequencePreprocessing(List<Option> r) {
        String p = "sequence.preprocessing";
        r.add(opt(p, "missing_value_strategy", STRING, "fill_with_const", oneOf("fill_with_const"), "What replaces a missing value."));
        r.add(opt(p, "fill_value", STRING, "", "The sequence a missing value becomes."));
        r.add(opt(p, "tokenizer", STRING, "space", oneOf("space", "space_punct", "characters", "ngram", "comma"),
                "How a value is split into tokens."));
        r.add(opt(p, "lowercase", BOOL, false, "Lower-case before tokenizing."));
        r.add(opt(p, "most_common", INT, 20000, atLeast(1), "Vocabulary size: rarer tokens become <UNK>."));
        r.add(opt(p, "max_sequence_length", INT, 256, atLeast(1), "Tokens kept per value."));
        r.add(opt(p, "ngram_size", INT, 2, range(1, false, 5, false), "Longest n-gram the ngram tokenizer adds."));
    }

    /** Set and bag inputs; set outputs (multi-label). */
    private static void setTypes(List<Option> r) {
        for (String t : List.of("set", "bag")) {
            String p = t + ".preprocessing";
            r.add(opt(p, "missing_value_strategy", STRING, "fill_with_const", oneOf("fill_with_const"),
                    "A missing value is the empty " + t + "."));
            r.add(opt(p, "tokenizer", STRING, "space", oneOf("space", "space_punct", "comma"), "How a value is split into members."));
            r.add(opt(p, "lowercase", BOOL, false, "Lower-case before tokenizing."));
            r.add(opt(p, "most_common", INT, 10000, atLeast(1), "Vocabulary size: rarer members become <UNK>."));
        }
        r.add(variant("set.decoder", "classifier", true, "A linear layer and a sigmoid per member."));
        r.add(variant("set.loss", "sigmoid_cross_entropy", true, "Binary cross-entropy per member."));
        r.add(opt("output.set", "threshold", FLOAT, 0.5, range(0, false, 1, false), "Probability from which a member is predicted."));
    }

    private static void trainer(List<Option> r) {
        r.add(opt("trainer", "regularization_type", STRING, "l2", oneOf("l1", "l2", "l1_l2"),
                "The weight penalty that regularization_lambda scales."));
        r.add(opt("trainer", "regularization_lambda", FLOAT, 0.0, range(0, false, 1e9, false),
                "Weight of the penalty added to the loss; 0 turns it off."));
        r.add(opt("trainer", "should_shuffle", BOOL, true, "Shuffle the training rows before each epoch."));
        r.add(opt("trainer", "folds", INT, 1, range(1, false, 20, false), GbmOptions.FOLDS_DOC));
        r.add(section("trainer", "gradient_clipping", false, true, "Gradient clipping before each step."));
        r.add(opt("trainer.gradient_clipping", "clipglobalnorm", FLOAT, null, range(0, true, 1e9, false),
                "Scale all gradients down together when their joint L2 norm exceeds this."));
        r.add(opt("trainer.gradient_clipping", "clipnorm", FLOAT, null, range(0, true, 1e9, false),
                "Scale each parameter's gradient down when its L2 norm exceeds this."));
        r.add(opt("trainer.gradient_clipping", "clipvalue", FLOAT, null, range(0, true, 1e9, false),
                "Clip each gradient element to [-clipvalue, clipvalue]."));
        r.add(section("trainer", "learning_rate_scheduler", false, true, "How the learning rate changes over training."));
        String s = "trainer.learning_rate_scheduler";
        r.add(opt(s, "decay", STRING, null, oneOf(List.of("linear", "exponential", "cosine"), List.of()),
                "Decay over the training steps; none when not set."));
        r.add(opt(s, "decay_rate", FLOAT, 0.96, range(0, true, 1, false), "Exponential decay: factor per decay_steps."));
        r.add(opt(s, "decay_steps", INT, 10000, atLeast(1), "Exponential decay: steps per decay_rate factor."));
        r.add(opt(s, "staircase", BOOL, false, "Exponential decay in whole steps of decay_steps."));
        r.add(opt(s, "warmup_evaluations", INT, 0, atLeast(0), "Epochs of linear warm-up from 0."));
        r.add(opt(s, "warmup_fraction", FLOAT, 0.0, fraction(), "Share of all steps spent warming up (the larger wins)."));
        r.add(opt(s, "reduce_on_plateau", INT, 0, atLeast(0), "How many times the rate may be cut when the "
                + "validation metric stalls; 0 never cuts."));
        r.add(opt(s, "reduce_on_plateau_patience", INT, 10, atLeast(1), "Epochs without improvement before a cut."));
        r.add(opt(s, "reduce_on_plateau_rate", FLOAT, 0.1, range(0, true, 1, true), "Factor of each cut."));
        for (String o : List.of("adamw", "rmsprop", "adagrad")) {
            r.add(variant("trainer.optimizer", o, false, switch (o) {
                case "adamw" -> "Adam with decoupled weight decay.";
                case "rmsprop" -> "RMSprop.";
                default -> "Adagrad.";
            }));
        }
        for (String o : List.of("adam", "adamw")) {
            r.add(opt("trainer.optimizer." + o, "betas", FLOAT_LIST, List.of(0.9, 0.999), Check.each(range(0, false, 1, true)),
                    "Decay rates of the gradient's running mean and square."));
            r.add(opt("trainer.optimizer." + o, "eps", FLOAT, 1e-8, range(0, true, 1, false), "Added to the denominator."));
        }
        for (String o : List.of("adam", "adamw", "sgd", "rmsprop", "adagrad")) {
            r.add(opt("trainer.optimizer." + o, "weight_decay", FLOAT, o.equals("adamw") ? 0.01 : 0.0,
                    range(0, false, 1, false), o.equals("adamw") ? "Decoupled weight decay." : "L2 weight decay."));
        }
        for (String o : List.of("sgd", "rmsprop")) {
            r.add(opt("trainer.optimizer." + o, "momentum", FLOAT, 0.0, range(0, false, 1, true), "Momentum."));
        }
        r.add(opt("trainer.optimizer.rmsprop", "alpha", FLOAT, 0.99, range(0, true, 1, true), "Smoothing of the squared gradient."));
        r.add(opt("trainer.optimizer.rmsprop", "eps", FLOAT, 1e-8, range(0, true, 1, false), "Added to the denominator."));
        r.add(opt("trainer.optimizer.rmsprop", "centered", BOOL, false, "Normalise by the gradient's variance."));
        split(r);
    }

    private static void split(List<Option> r) {
        String s = "preprocessing.split";
        r.add(variant(s, "fixed", false, "A column names each row's set: train/training, validation/val, test (or 0, 1, 2)."));
        r.add(variant(s, "stratify", false, "Random, with each class of a column in the same shares."));
        r.add(variant(s, "datetime", false, "By a date column: the oldest rows train, the newest test."));
        r.add(variant(s, "hash", false, "By a hash of a column (an ID): a row keeps its set as the data grows."));
        r.add(opt(s + ".fixed", "column", COLUMN, null, "The column that names the set."));
        for (String v : List.of("stratify", "datetime", "hash")) {
            r.add(opt(s + "." + v, "column", COLUMN, null, "The column the split reads."));
            r.add(opt(s + "." + v, "probabilities", FLOAT_LIST, List.of(0.7, 0.1, 0.2), Check.splitShares(),
                    "Shares of training, validation and test rows."));
        }
        r.add(opt(s + ".datetime", "datetime_format", STRING, null, "A java.time pattern for string dates."));
        r.add(opt("preprocessing", "oversample_minority", FLOAT, null, range(0, true, 1, false), "Repeat rows of the rarest "
                + "class in the training split until it is this share of the majority class."));
        r.add(opt("preprocessing", "undersample_majority", FLOAT, null, range(0, true, 1, false), "Drop rows of the "
                + "commonest class from the training split until the rarest is this share of it."));
    }
}
