package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Ludwig's own upgrade step (ludwig/utils/backward_compatibility.py) and schema loading do with
 * stale keys, done the same way here, each with a note naming the key: renamed keys are renamed,
 * removed ones dropped. A key a typed section's variant lacks but a sibling variant has (num_fc_layers
 * on a tabnet combiner) is one Ludwig drops with a warning, so it is dropped with a note too; a key
 * that no variant has stays, for validation to call unknown (42P10, a typo).
 */
final class LudwigDeprecations {
    /** Ludwig 0.4's sequence preprocessing names (the first of two mapping to one name wins). */
    private static final Map<String, String> SEQUENCE_PREPROCESSING = orderedMap("sequence_length_limit",
            "max_sequence_length", "word_most_common", "most_common", "word_sequence_length_limit",
            "max_sequence_length", "word_tokenizer", "tokenizer", "word_vocab_file", "vocab_file", "char_most_common",
            "most_common", "char_sequence_length_limit", "max_sequence_length", "char_tokenizer", "tokenizer",
            "char_vocab_file", "vocab_file");
    private static final Set<String> SEQUENCE_TYPES = Set.of("sequence", "text", "audio", "timeseries");
    /** Ludwig 0.5 renamed these everywhere in a feature. */
    private static final Map<String, String> BIAS = Map.of("bias", "use_bias", "conv_bias", "conv_use_bias",
            "default_bias", "default_use_bias");
    /** Text encoders Ludwig 0.11 removed and reads as auto_transformer. */
    private static final Set<String> REMOVED_TEXT_ENCODERS = Set.of("transformer_xl", "ctrl", "flaubert");

    private final List<String> notes;

    private LudwigDeprecations(List<String> notes) {
        this.notes = notes;
    }

    /**
     * {@code model_type: llm} is refused before anything else: its sections (base_model, prompt,
     * adapter, its own trainer) would otherwise read as dozens of unsupported ECD options.
     */
    static void refuseUnsupportedModelType(JsonNode root) {
        JsonNode t = root.path("model_type");
        if (t.isTextual() && t.asText().equals("llm")) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "At 'model_type': model_type llm is not supported by PQL: "
                    + "Ludwig's large language model configs (base_model, prompt, adapter, generation) fine-tune "
                    + "pretrained LLM weights, which PQL cannot load. Use model_type ecd (the default) or gbm.");
        }
    }

    /** Applies Ludwig's renames and removals to {@code root} in place, noting each. */
    static void apply(ObjectNode root, List<String> notes) {
        LudwigDeprecations d = new LudwigDeprecations(notes);
        if (root.get("hyperopt") instanceof ObjectNode h && h.isEmpty()) {
            root.remove("hyperopt");
            notes.add("hyperopt: {} means no hyperopt section (Ludwig 0.7); left out.");
        }
        if (root.get("trainer") instanceof ObjectNode t) {
            d.trainer(t);
        }
        dropStale(root.get("combiner"), "combiner", "combiner", notes);
        if (root.get("defaults") instanceof ObjectNode defaults) {
            for (String type : ConfigUpgrader.fieldNames(defaults)) {
                if (defaults.get(type) instanceof ObjectNode s && s.remove("type") != null) {
                    notes.add("defaults." + type + ".type: a stray key Ludwig 0.7.3 removes; left out.");
                }
            }
        }
        for (String role : List.of("input", "output")) {
            JsonNode list = root.path(role + "_features");
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof ObjectNode f) {
                    d.feature(f, role + "_features[" + i + "]");
                }
            }
        }
    }

    private void trainer(ObjectNode t) {
        if (t.has("type")) {
            notes.add("trainer.type: " + t.remove("type") + " is chosen by model_type in Ludwig ≥ 0.6; left out.");
        }
        JsonNode max = t.remove("increase_batch_size_on_plateau_max");
        if (max != null) {
            if (t.has("max_batch_size")) {
                notes.add("trainer.increase_batch_size_on_plateau_max: max_batch_size is set too; the old key is left out.");
            } else {
                t.set("max_batch_size", max);
                notes.add("trainer.increase_batch_size_on_plateau_max: Ludwig's old name read as 'max_batch_size'.");
            }
        }
        dropStale(t, "trainer", "trainer", notes);
    }

    /** Drops the keys of {@code node} that only older Ludwig versions had (see {@link LudwigSchema#stale}). */
    static void dropStale(JsonNode node, String section, String path, List<String> notes) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        for (String key : LudwigSchema.stale(section)) {
            if (o.has(key)) {
                notes.add(path + "." + key + ": " + o.remove(key) + " is an option of older Ludwig versions that current "
                        + "Ludwig ignores with a warning; left out.");
            }
        }
    }

    private void feature(ObjectNode f, String path) {
        renameEverywhere(f, path);
        dropStale(f, "feature", path, notes);
        for (String module : List.of("encoder", "decoder", "loss")) {
            dropStale(f.get(module), "feature", path + "." + module, notes);
        }
        String type = f.path("type").asText();
        if (SEQUENCE_TYPES.contains(type) && f.get("preprocessing") instanceof ObjectNode p) {
            for (Map.Entry<String, String> e : SEQUENCE_PREPROCESSING.entrySet()) {
                JsonNode v = p.remove(e.getKey());
                if (v != null && !p.has(e.getValue())) {
                    p.set(e.getValue(), v);
                    notes.add(path + ".preprocessing." + e.getKey() + ": Ludwig's old name read as '" + e.getValue() + "'.");
                } else if (v != null) {
                    notes.add(path + ".preprocessing." + e.getKey() + ": " + e.getValue() + " is set too; left out.");
                }
            }
        }
        if (f.get("preprocessing") instanceof ObjectNode p && p.path("missing_value_strategy").asText().equals("pad")) {
            p.put("missing_value_strategy", "ffill");
            notes.add(path + ".preprocessing.missing_value_strategy: 'pad' read as 'ffill'.");
        }
        if (type.equals("text") && f.get("encoder") instanceof ObjectNode e
                && REMOVED_TEXT_ENCODERS.contains(e.path("type").asText())) {
            notes.add(path + ".encoder.type: '" + e.path("type").asText() + "' was removed from Ludwig (0.11), which reads "
                    + "it as 'auto_transformer'.");
            e.put("type", "auto_transformer");
        }
    }

    /** Ludwig 0.5's bias → use_bias, at any depth of a feature. */
    private void renameEverywhere(ObjectNode node, String path) {
        for (String key : ConfigUpgrader.fieldNames(node)) {
            if (node.get(key) instanceof ObjectNode child) {
                renameEverywhere(child, path + "." + key);
            }
            String now = BIAS.get(key);
            if (now != null && !node.has(now)) {
                node.set(now, node.remove(key));
                notes.add(path + "." + key + ": Ludwig's old name read as '" + now + "'.");
            }
        }
    }

    /**
     * Drops the keys of a typed section that its variant lacks and a sibling variant has, as
     * Ludwig does (with a warning). {@code scope} is the section's registry scope ("combiner",
     * "text.encoder"); a variant neither PQL nor Ludwig knows is left for validation.
     */
    static void dropSiblingKeys(JsonNode section, String scope, String path, List<String> notes) {
        if (!(section instanceof ObjectNode s)) {
            return;
        }
        String variant = s.path("type").isTextual() ? s.path("type").asText() : Options.defaultVariant(scope);
        List<String> variants = new ArrayList<>(Options.variants(scope));
        variants.addAll(Options.ludwigOnly(scope));
        if (variant == null || !variants.contains(variant)) {
            return;
        }
        for (String key : ConfigUpgrader.fieldNames(s)) {
            if (key.equals("type") || has(scope + "." + variant, key)) {
                continue;
            }
            String other = variants.stream().filter(v -> has(scope + "." + v, key)).findFirst().orElse(null);
            if (other != null) {
                s.remove(key);
                notes.add(path + "." + key + ": Ludwig's " + variant + " " + scope.replace("trainer.", "")
                        .replace('.', ' ') + " has no option '" + key + "' (its " + other + " has); Ludwig ignores it "
                        + "with a warning, and so does PQL.");
            }
        }
    }

    private static boolean has(String variantScope, String key) {
        return Options.option(variantScope, key) != null || Options.ludwigOnly(variantScope).contains(key);
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
