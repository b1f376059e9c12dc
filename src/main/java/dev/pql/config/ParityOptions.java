package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.fraction;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.LAYERS;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.Kind.STRING_LIST;
import static dev.pql.config.Option.opt;
import static dev.pql.config.Option.variant;

import java.util.List;

/**
 * Options that real Ludwig configs use most and PQL has added for them (issue 16): the tabnet
 * combiner and the trainer's step-level options. Same line format, defaults and checks as Ludwig's
 * schema, as in {@link TrainingOptions} (see HOW TO ADD AN OPTION there); kept apart so these
 * additions do not collide with edits to that file.
 */
final class ParityOptions {
    private ParityOptions() {
    }

    private static final Check ACTIVATION = oneOf(FcLayer.ACTIVATIONS, FcLayer.LUDWIG_ACTIVATIONS);
    private static final Check NORM = oneOf(List.of("batch", "layer"), List.of("ghost"));

    private static List<Option> rows() {
        List<Option> r = new java.util.ArrayList<>(STEPS_AND_TABNET);
        // ---- fully connected stacks: the concat combiner's fc_layers, and a stack before every decoder
        r.add(opt("combiner.concat", "fc_layers", LAYERS, null, FcLayer.check(), "The layers one by one "
                + "([{output_size: 64}, {output_size: 32, dropout: 0.2}]); a layer's unset keys take the combiner's "
                + "own. Replaces num_fc_layers when set."));
        r.add(opt("combiner.concat", "activation", STRING, "relu", ACTIVATION, "Activation after each layer."));
        r.add(opt("combiner.concat", "use_bias", BOOL, true, "Each layer adds a learned bias."));
        for (String[] d : new String[][] {{"binary", "regressor"}, {"number", "regressor"}, {"category", "classifier"}}) {
            String s = d[0] + ".decoder." + d[1];
            r.add(opt(s, "num_fc_layers", INT, 0, atLeast(0), "Fully connected layers before the output layer."));
            r.add(opt(s, "fc_layers", LAYERS, null, FcLayer.check(), "Those layers one by one; unset keys take the fc_ "
                    + "options below. Replaces num_fc_layers when set."));
            r.add(opt(s, "fc_output_size", INT, 256, atLeast(1), "Width of each of those layers."));
            r.add(opt(s, "fc_activation", STRING, "relu", ACTIVATION, "Their activation."));
            r.add(opt(s, "fc_dropout", FLOAT, 0.0, fraction(), "Their dropout rate."));
            r.add(opt(s, "fc_norm", STRING, null, NORM, "Their normalisation; none when not set."));
            r.add(opt(s, "fc_use_bias", BOOL, true, "They add a learned bias."));
        }
        for (String t : List.of("binary", "category")) {
            String s = t + ".decoder.mlp_classifier";
            r.add(variant(t + ".decoder", "mlp_classifier", false, "A multi-layer perceptron: num_fc_layers hidden "
                    + "layers of output_size, then the output layer."));
            r.add(opt(s, "num_fc_layers", INT, 1, atLeast(0), "Hidden layers."));
            r.add(opt(s, "output_size", INT, 256, atLeast(1), "Width of each hidden layer."));
            r.add(opt(s, "activation", STRING, "relu", ACTIVATION, "Activation of the hidden layers."));
            r.add(opt(s, "dropout", FLOAT, 0.0, fraction(), "Dropout rate after each hidden layer."));
            r.add(opt(s, "use_bias", BOOL, true, "The hidden layers add a learned bias."));
            r.add(opt(s, "fc_layers", LAYERS, null, FcLayer.check(), "The hidden layers one by one; unset keys take "
                    + "the options above. Replaces num_fc_layers when set."));
        }
        transformer(r);
        comparator(r);
        timeseries(r);
        return List.copyOf(r);
    }

    /** Ludwig's transformer combiner: each input projected to hidden_size is one token of a self-attention stack. */
    private static void transformer(List<Option> r) {
        String s = "combiner.transformer";
        r.add(variant("combiner", "transformer", false, "Each input's encoding, projected to hidden_size, is a token; "
                + "self-attention layers over them, a reduction, then fully connected layers."));
        r.add(opt(s, "num_layers", INT, 1, atLeast(1), "Self-attention layers."));
        r.add(opt(s, "hidden_size", INT, 256, atLeast(1), "Width of the tokens and the attention; a multiple of num_heads."));
        r.add(opt(s, "num_heads", INT, 8, atLeast(1), "Attention heads."));
        r.add(opt(s, "transformer_output_size", INT, 256, atLeast(1), "Width of each layer's feed-forward part."));
        r.add(opt(s, "dropout", FLOAT, 0.1, fraction(), "Dropout rate in the attention layers."));
        r.add(opt(s, "reduce_output", STRING, "mean", oneOf(List.of("mean", "sum", "max", "last"),
                List.of("avg", "concat", "attention", "none")), "How the tokens become one vector."));
        fcOptions(r, s, 0);
        r.add(opt(s, "fc_activation", STRING, "relu", ACTIVATION, "Activation of the fully connected layers."));
        r.add(opt(s, "fc_dropout", FLOAT, 0.0, fraction(), "Dropout rate of the fully connected layers."));
        r.add(opt(s, "fc_residual", BOOL, false, "Add each fully connected layer's input to its output where widths match."));
    }

    /** Ludwig's comparator combiner: two entities (lists of inputs), each through fully connected layers, compared. */
    private static void comparator(List<Option> r) {
        String s = "combiner.comparator";
        r.add(variant("combiner", "comparator", false, "Two entities (entity_1, entity_2: lists of input features), "
                + "each through its own fully connected layers, then compared: dot product, element-wise product, "
                + "absolute difference and a fixed random bilinear form."));
        r.add(opt(s, "entity_1", STRING_LIST, null, "The input features of the first entity (required)."));
        r.add(opt(s, "entity_2", STRING_LIST, null, "The input features of the second entity (required); together the "
                + "two list every input feature."));
        fcOptions(r, s, 1);
        r.add(opt(s, "activation", STRING, "relu", ACTIVATION, "Activation of the fully connected layers."));
        r.add(opt(s, "dropout", FLOAT, 0.0, fraction(), "Dropout rate of the fully connected layers."));
    }

    /** Timeseries inputs: a series of numbers per value, padded to one length. */
    private static void timeseries(List<Option> r) {
        String p = "timeseries.preprocessing";
        r.add(opt(p, "timeseries_length_limit", INT, 256, atLeast(1), "Numbers kept per series (the first ones); "
                + "series are padded to the longest training series up to this."));
        r.add(opt(p, "padding_value", FLOAT, 0.0, "The number padding adds."));
        r.add(opt(p, "padding", STRING, "right", oneOf("right", "left"), "Which side of a short series is padded."));
        r.add(opt(p, "tokenizer", STRING, "space", oneOf(List.of("space", "comma"), List.of("space_punct", "underscore",
                "characters", "ngram")), "How a value splits into numbers (PQL reads spaces and commas either way)."));
        r.add(opt(p, "missing_value_strategy", STRING, "fill_with_const", oneOf(List.of("fill_with_const"),
                List.of("fill_with_mode", "bfill", "ffill", "drop_row")), "A missing series becomes fill_value."));
        r.add(opt(p, "fill_value", STRING, "", "The series a missing value becomes; empty (all padding) by default."));
        r.add(opt(p, "window_size", INT, 0, Check.of("only 0", v -> v.asInt() == 0 ? null : new Check.Problem(
                dev.pql.error.ErrorCode.NOT_SUPPORTED, "a window of " + v.asInt() + " rows (Ludwig's forecasting from one "
                + "number column, which depends on row order) is valid in Ludwig but not supported by PQL yet; give "
                + "each row its series.")), "Ludwig's windows over the rows of a number column; only 0 (each value is "
                + "a whole series)."));
    }

    private static void fcOptions(List<Option> r, String s, int layers) {
        r.add(opt(s, "num_fc_layers", INT, layers, atLeast(layers), "Fully connected layers."));
        r.add(opt(s, "output_size", INT, 256, atLeast(1), "Width of each fully connected layer."));
        r.add(opt(s, "fc_layers", LAYERS, null, FcLayer.check(), "Those layers one by one; unset keys take the options "
                + "here. Replaces num_fc_layers when set."));
        r.add(opt(s, "norm", STRING, null, NORM, "Normalisation of the fully connected layers; none when not set."));
        r.add(opt(s, "use_bias", BOOL, true, "The fully connected layers add a learned bias."));
    }

    private static final List<Option> STEPS_AND_TABNET = List.of(
            // ---- tabnet (Arik and Pfister, 2019), with Ludwig's defaults
            variant("combiner", "tabnet", false, "TabNet: sequential attention picks which inputs each of num_steps "
                    + "decision steps reads (sparse masks), gated feature transformers, outputs summed over the steps."),
            opt("combiner.tabnet", "size", INT, 32, atLeast(1), "Width of the attention part of each step (N_a)."),
            opt("combiner.tabnet", "output_size", INT, 128, atLeast(1), "Width of each step's output (N_d) and of "
                    + "the combiner's."),
            opt("combiner.tabnet", "dropout", FLOAT, 0.05, fraction(), "Dropout rate on the combiner's output."),
            opt("combiner.tabnet", "num_steps", INT, 3, atLeast(0), "Decision steps (N_steps)."),
            opt("combiner.tabnet", "num_total_blocks", INT, 4, atLeast(1), "Gated blocks per feature transformer."),
            opt("combiner.tabnet", "num_shared_blocks", INT, 2, atLeast(0), "Of those, the first ones whose linear "
                    + "layers all steps share; at most num_total_blocks."),
            opt("combiner.tabnet", "relaxation_factor", FLOAT, 1.5, "How often an input may be used across the steps "
                    + "(gamma): 1 uses each once, more allows reuse."),
            opt("combiner.tabnet", "bn_epsilon", FLOAT, 1e-3, range(0, true, 1, false), "Added to the batch "
                    + "normalisation's variance."),
            opt("combiner.tabnet", "bn_momentum", FLOAT, 0.05, range(0, false, 1, false), "Weight of each batch in "
                    + "the batch normalisation's running statistics (PyTorch's momentum, 1 - m_B of the paper)."),
            opt("combiner.tabnet", "bn_virtual_bs", INT, 1024, atLeast(1), "Ghost batch normalisation: statistics "
                    + "per chunk of this many rows while training; null normalises over the whole batch."),
            opt("combiner.tabnet", "sparsity", FLOAT, 1e-4, range(0, false, 1e9, false), "Weight of the masks' "
                    + "entropy in the loss (lambda_sparse): higher picks fewer inputs per step."),
            opt("combiner.tabnet", "entmax_mode", STRING, "sparsemax", oneOf(List.of("sparsemax", "entmax15"),
                    List.of("constant", "adaptive")), "The sparse normalisation of the attention masks."),
            opt("combiner.tabnet", "entmax_alpha", FLOAT, 1.5, range(1, false, 2, false), "Alpha of Ludwig's "
                    + "entmax_mode constant and adaptive; sparsemax (alpha 2) and entmax15 (1.5) fix their own."),

            // ---- trainer: steps, accumulation, evaluation
            opt("trainer", "gradient_accumulation_steps", INT, 1, atLeast(1), "Batches whose gradients are summed "
                    + "(each loss scaled by 1/n) before one optimizer step: the effect of an n times larger batch."),
            opt("trainer", "train_steps", INT, null, atLeast(1), "Optimizer steps to train for; overrides epochs when "
                    + "set (the last epoch may stop part way)."),
            opt("trainer", "steps_per_checkpoint", INT, 0, atLeast(0), "Evaluate on the validation rows (and keep the "
                    + "weights if best) every this many steps; 0 evaluates once per epoch."),
            opt("trainer", "checkpoints_per_epoch", INT, 0, atLeast(0), "Evaluations per epoch, evenly spaced; 0 "
                    + "evaluates once per epoch. steps_per_checkpoint wins when both are set."),
            opt("trainer", "evaluate_training_set", BOOL, false, "Compute the training metrics of each evaluation "
                    + "on all training rows in inference mode; false accumulates them from the training steps "
                    + "(cheaper, and what Ludwig does by default)."),
            opt("trainer", "max_batch_size", INT, null, atLeast(1), "Upper bound on batch_size (Ludwig caps its "
                    + "batch size tuning with it); no bound when not set."));

    /** Every line, built after the lists above (static fields initialise in textual order). */
    static final List<Option> ROWS = rows();
}
