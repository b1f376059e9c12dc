package dev.pql.config;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.fraction;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Check.range;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.STRING;
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

    static final List<Option> ROWS = List.of(
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
}
