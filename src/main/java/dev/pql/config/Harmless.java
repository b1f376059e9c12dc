package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Ludwig options that PQL does not support, set to values that ask for nothing PQL does not do
 * anyway (Ludwig writes them into every resolved config): they are taken out with a note instead
 * of failing the config. Any other value of these options is reported as not supported.
 */
final class Harmless {
    /** Where: "" (top level), trainer, preprocessing, combiner, input, output, encoder, decoder. */
    private record Entry(String where, String key, Object value) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("", "ludwig_version", "*"),
            new Entry("", "backend", java.util.Map.of("type", "local")),
            new Entry("trainer", "type", "trainer"),
            new Entry("trainer", "should_shuffle", true),
            new Entry("trainer", "regularization_lambda", 0),
            new Entry("trainer", "use_mixed_precision", false),
            new Entry("trainer", "compile", false),
            new Entry("trainer", "skip_all_evaluation", false),
            new Entry("trainer", "enable_gradient_checkpointing", false),
            new Entry("trainer", "gradient_accumulation_steps", 1),
            new Entry("trainer", "increase_batch_size_on_plateau", 0),
            new Entry("trainer", "train_steps", null),
            new Entry("trainer", "bucketing_field", null),
            new Entry("trainer", "eval_batch_size", "*"),
            new Entry("trainer", "validation_field", "*"),
            new Entry("preprocessing", "sample_ratio", 1.0),
            new Entry("preprocessing", "oversample_minority", null),
            new Entry("preprocessing", "undersample_majority", null),
            new Entry("preprocessing", "global_max_sequence_length", null),
            new Entry("combiner", "flatten_inputs", false),
            new Entry("combiner", "residual", false),
            new Entry("combiner", "use_bias", true),
            new Entry("combiner", "activation", "relu"),
            new Entry("combiner", "norm", null),
            new Entry("combiner", "fc_layers", null),
            new Entry("input", "tied", null),
            new Entry("output", "dependencies", List.of()),
            new Entry("output", "reduce_input", "sum"),
            new Entry("output", "reduce_dependencies", "sum"),
            new Entry("output", "top_k", "*"),
            new Entry("encoder", "embeddings_trainable", true),
            new Entry("encoder", "embeddings_on_cpu", false),
            new Entry("encoder", "pretrained_embeddings", null),
            new Entry("encoder", "representation", "dense"),
            new Entry("decoder", "fc_layers", null),
            new Entry("decoder", "num_fc_layers", 0),
            // Ludwig's defaults of its current schema that a resolved config carries (issue 16): DJL's
            // layers already start as Xavier-uniform weights and zero biases, and the rest switch nothing on
            new Entry("trainer", "enable_profiling", false),
            new Entry("trainer", "profiler", "*"), // read only with enable_profiling
            new Entry("trainer", "eval_steps", null),
            new Entry("trainer", "layers_to_freeze_regex", null),
            new Entry("trainer", "learning_rate_scaling", "*"), // scales by the number of workers: one here
            new Entry("trainer", "increase_batch_size_on_plateau_patience", "*"), // read only when the plateau
            new Entry("trainer", "increase_batch_size_on_plateau_rate", "*"), // increases are on (they are 0)
            new Entry("trainer", "increase_batch_size_eval_metric", "*"),
            new Entry("trainer", "increase_batch_size_eval_split", "*"),
            new Entry("trainer", "model_soup", null),
            new Entry("trainer", "model_soup_top_k", "*"), // read only with model_soup
            new Entry("trainer", "contrastive_pretrain_epochs", 0),
            new Entry("trainer", "modality_dropout", 0),
            new Entry("trainer", "loss_balancing", "none"),
            new Entry("trainer", "effective_batch_size", "auto"),
            new Entry("combiner", "weights_initializer", "xavier_uniform"),
            new Entry("combiner", "bias_initializer", "zeros"),
            new Entry("combiner", "norm_params", null),
            new Entry("combiner", "batch_ensemble", false),
            new Entry("combiner", "num_ensemble_members", "*"), // read only with batch_ensemble
            new Entry("encoder", "weights_initializer", "xavier_uniform"),
            new Entry("encoder", "bias_initializer", "zeros"),
            new Entry("encoder", "norm_params", null),
            new Entry("encoder", "skip", false),
            new Entry("decoder", "use_bias", true),
            new Entry("decoder", "weights_initializer", "xavier_uniform"),
            new Entry("decoder", "bias_initializer", "zeros"),
            new Entry("decoder", "fc_weights_initializer", "xavier_uniform"),
            new Entry("decoder", "fc_bias_initializer", "zeros"),
            new Entry("decoder", "fc_norm_params", null),
            new Entry("decoder", "input_size", "*"), // computed by Ludwig from the combiner
            new Entry("decoder", "num_classes", "*"), // computed from the data
            new Entry("decoder", "calibration", false),
            new Entry("decoder", "mc_dropout_samples", 0));

    private Harmless() {
    }

    /** Removes the harmless settings from a config tree, noting each. */
    static void remove(ObjectNode root, List<String> notes) {
        for (Entry e : ENTRIES) {
            switch (e.where()) {
                case "" -> take(root, e, "", "", notes);
                case "trainer", "preprocessing" -> take(root.get(e.where()), e, e.where() + ".", e.where(), notes);
                case "combiner" -> take(root.get("combiner"), e, "combiner.", "combiner."
                        + root.path("combiner").path("type").asText(Options.defaultVariant("combiner")), notes);
                default -> {
                    String role = e.where().equals("decoder") || e.where().equals("output") ? "output" : "input";
                    JsonNode list = root.path(role + "_features");
                    for (int i = 0; list.isArray() && i < list.size(); i++) {
                        String path = role + "_features[" + i + "].";
                        boolean module = e.where().equals("encoder") || e.where().equals("decoder");
                        String type = list.get(i).path("type").asText();
                        String scope = !module ? role : type + "." + e.where() + "."
                                + list.get(i).path(e.where()).path("type").asText(Options.defaultVariant(type + "." + e.where()));
                        take(module ? list.get(i).get(e.where()) : list.get(i), e, path + (module ? e.where() + "." : ""),
                                scope, notes);
                    }
                }
            }
        }
    }

    /** Takes out {@code e} unless PQL supports the option at {@code scope} (it may have since this list was made). */
    private static void take(JsonNode node, Entry e, String path, String scope, List<String> notes) {
        if (!(node instanceof ObjectNode o) || !o.has(e.key()) || Options.option(scope, e.key()) != null) {
            return;
        }
        JsonNode v = o.get(e.key());
        boolean same = "*".equals(e.value()) || v.equals(Lowering.node(e.value()))
                || (v.isNumber() && e.value() instanceof Number n && v.asDouble() == n.doubleValue());
        if (same) {
            o.remove(e.key());
            notes.add(path + e.key() + ": " + v + " is what PQL does anyway; left out.");
        }
    }
}
