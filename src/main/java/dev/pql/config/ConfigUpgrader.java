package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Ludwig's older spellings as its current ones, as Ludwig's own upgrade step does:
 * {@code training} → {@code trainer}, {@code numerical} → {@code number}, an encoder given as a bare
 * string, encoder options written on the feature itself, per-type preprocessing at the top level,
 * the old split keys. Each change is reported as a note, so nothing changes silently.
 */
final class ConfigUpgrader {
    /** Keys a feature has itself; any other key of an input feature is an un-nested encoder option. */
    private static final Set<String> FEATURE_KEYS = Set.of("name", "column", "type", "encoder", "preprocessing",
            "decoder", "loss", "tied", "proc_column", "threshold", "dependencies", "reduce_input", "reduce_dependencies",
            "top_k", "calibration", "num_classes", "default_validation_metric", "input_size", "class_similarities");
    /** Trainer keys Ludwig 0.7 moved into {@code learning_rate_scheduler}. */
    private static final Map<String, String> SCHEDULER_KEYS = Map.of("decay", "decay", "decay_rate", "decay_rate",
            "decay_steps", "decay_steps", "staircase", "staircase", "reduce_learning_rate_on_plateau", "reduce_on_plateau",
            "reduce_learning_rate_on_plateau_patience", "reduce_on_plateau_patience",
            "reduce_learning_rate_on_plateau_rate", "reduce_on_plateau_rate",
            "learning_rate_warmup_epochs", "warmup_evaluations");
    /** Ludwig's long metric names where PQL's trainer uses short ones. */
    /** Fully connected keys that Ludwig's upgrade nests into a decoder with an fc_ prefix. */
    private static final Set<String> FC_KEYS = Set.of("fc_layers", "output_size", "use_bias", "weights_initializer",
            "bias_initializer", "norm", "norm_params", "activation", "dropout");
    private static final Map<String, String> METRICS = Map.of("mean_absolute_error", "mae",
            "root_mean_squared_error", "rmse");

    private final List<String> notes;

    private ConfigUpgrader(List<String> notes) {
        this.notes = notes;
    }

    /** Upgrades {@code root} in place and returns what it changed, as notes for the user. */
    static List<String> upgrade(ObjectNode root) {
        List<String> notes = new ArrayList<>();
        ConfigUpgrader u = new ConfigUpgrader(notes);
        LudwigDeprecations.refuseUnsupportedModelType(root);
        u.rename(root, "training", "trainer", "");
        LudwigDeprecations.apply(root, notes);
        u.preprocessing(root);
        u.defaults(root);
        for (String role : List.of("input", "output")) {
            JsonNode list = root.get(role + "_features");
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof ObjectNode f) {
                        u.feature(f, role, role + "_features[" + i + "]");
                    }
                }
            }
        }
        if (root.get("combiner") instanceof ObjectNode c) {
            u.renameOrDrop(c, "fc_size", "output_size", "combiner");
            LudwigDeprecations.dropSiblingKeys(c, "combiner", "combiner", notes);
        }
        if (root.path("trainer").get("optimizer") instanceof ObjectNode o) {
            LudwigDeprecations.dropSiblingKeys(o, "trainer.optimizer", "trainer.optimizer", notes);
        }
        if (root.path("preprocessing").get("split") instanceof ObjectNode s) {
            LudwigDeprecations.dropSiblingKeys(s, "preprocessing.split", "preprocessing.split", notes);
            u.datetimeFormat(s, "preprocessing.split");
        }
        if (root.path("defaults").path("date").get("preprocessing") instanceof ObjectNode p) {
            u.datetimeFormat(p, "defaults.date.preprocessing");
        }
        if (root.get("trainer") instanceof ObjectNode t) {
            u.trainer(t);
        }
        Harmless.remove(root, notes);
        return notes;
    }

    private void feature(ObjectNode f, String role, String path) {
        if (f.path("type").asText().equals("numerical")) {
            f.put("type", "number");
            notes.add(path + ".type: Ludwig's old type 'numerical' read as 'number'.");
        }
        for (String section : List.of("encoder", "decoder", "loss")) {
            JsonNode s = f.get(section);
            if (s != null && s.isTextual()) {
                f.putObject(section).put("type", s.asText());
                notes.add(path + "." + section + ": '" + s.asText() + "' read as " + section + ".type = '" + s.asText() + "'.");
            }
        }
        if (role.equals("output") && f.path("calibration").isBoolean()) {
            String method = f.get("calibration").asBoolean() ? "temperature" : "none";
            f.put("calibration", method);
            notes.add(path + ".calibration: Ludwig's " + !method.equals("none") + " read as '" + method + "'.");
        }
        nest(f, role, path);
        if (f.get("encoder") instanceof ObjectNode e) {
            renameOrDrop(e, "fc_size", "output_size", path + ".encoder");
        }
        String type = f.path("type").asText();
        for (String section : role.equals("input") ? List.of("encoder") : List.of("decoder", "loss")) {
            LudwigDeprecations.dropSiblingKeys(f.get(section), type + "." + section, path + "." + section, notes);
        }
        if (f.get("preprocessing") instanceof ObjectNode p) {
            datetimeFormat(p, path + ".preprocessing");
        }
        if (f.get("preprocessing") instanceof ObjectNode p && p.path("missing_value_strategy").asText().equals("backfill")) {
            p.put("missing_value_strategy", "bfill");
            notes.add(path + ".preprocessing.missing_value_strategy: 'backfill' read as 'bfill'.");
        }
    }

    /**
     * Ludwig 0.6 nested encoder (decoder) options: every key that is not one of the feature's own moves
     * into its encoder (an output's decoder, where the fully connected keys become fc_ keys), as Ludwig's
     * upgrade does. A near miss of a feature key that no module has stays, to be called a typo.
     */
    private void nest(ObjectNode f, String role, String path) {
        String type = f.path("type").asText();
        Set<String> own = new java.util.HashSet<>(LudwigSchema.featureKeys(role, type));
        own.addAll(FEATURE_KEYS);
        Options.options(role).forEach(o -> own.add(o.name()));
        Options.options(role + "." + type).forEach(o -> own.add(o.name()));
        String target = role.equals("input") ? "encoder" : "decoder";
        if (f.get(target) != null && !f.get(target).isObject()) {
            return;
        }
        List<String> moved = new ArrayList<>();
        for (String key : fieldNames(f)) {
            boolean module = Options.isModuleOption(target, key);
            if (own.contains(key) || (!module && Suggestions.closest(key, own).isPresent())) {
                continue;
            }
            ObjectNode into = f.get(target) instanceof ObjectNode o ? o : f.putObject(target);
            String as = target.equals("decoder") && FC_KEYS.contains(key) && !key.startsWith("fc_") ? "fc_" + key : key;
            if (!into.has(as)) {
                into.set(as, f.get(key));
                moved.add(as.equals(key) ? key : key + " (as " + as + ")");
            }
            f.remove(key);
        }
        if (!moved.isEmpty()) {
            notes.add(path + ": " + String.join(", ", moved) + " moved into " + target + " (Ludwig's old un-nested "
                    + target + " options).");
        }
    }

    /** strftime's datetime_format ('%Y-%m-%d', Ludwig's style) becomes the java.time pattern PQL parses with. */
    private void datetimeFormat(ObjectNode p, String path) {
        JsonNode f = p.get("datetime_format");
        if (f == null || !f.isTextual() || !StrftimeFormat.isStrftime(f.asText())) {
            return;
        }
        String java = StrftimeFormat.toJava(f.asText());
        if (java == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "At '" + path + ".datetime_format': the strftime directive "
                    + StrftimeFormat.untranslatable(f.asText()) + " in '" + f.asText() + "' has no java.time equivalent "
                    + "PQL can parse with; write the format as a java.time pattern (yyyy-MM-dd HH:mm:ss).");
        }
        p.put("datetime_format", java);
        notes.add(path + ".datetime_format: strftime '" + f.asText() + "' read as the java.time pattern '" + java + "'.");
    }

    /** Ludwig ≤ 0.5 kept per-type preprocessing and the split keys in the top-level preprocessing. */
    private void preprocessing(ObjectNode root) {
        if (!(root.get("preprocessing") instanceof ObjectNode p)) {
            return;
        }
        for (String key : fieldNames(p)) {
            String type = key.equals("numerical") ? "number" : key;
            if (FeatureOptions.LUDWIG_TYPES.contains(type) && p.get(key).isObject()) {
                ObjectNode defaults = object(object(object(root, "defaults"), type), "preprocessing");
                Defaults.merge(defaults, p.remove(key));
                notes.add("preprocessing." + key + " moved to defaults." + type + ".preprocessing (Ludwig's old place for "
                        + "per-type preprocessing).");
            }
        }
        JsonNode shares = p.remove("split_probabilities");
        JsonNode stratify = p.remove("stratify");
        JsonNode force = p.remove("force_split");
        if (shares == null && stratify == null && force == null) {
            return;
        }
        if (p.has("split")) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at 'preprocessing': both split and the old "
                    + "split keys (split_probabilities, stratify, force_split); keep only split.");
        }
        ObjectNode split = p.putObject("split");
        if (force != null && force.asBoolean()) {
            split.put("type", "fixed").put("column", "split");
        } else if (stratify != null && !stratify.isNull()) {
            split.put("type", "stratify").set("column", stratify);
        } else {
            split.put("type", "random");
        }
        if (shares != null && !split.path("type").asText().equals("fixed")) {
            split.set("probabilities", shares);
        }
        notes.add("preprocessing: the old split keys read as preprocessing.split = " + split + ".");
    }

    private void defaults(ObjectNode root) {
        if (!(root.get("defaults") instanceof ObjectNode d)) {
            return;
        }
        rename(d, "numerical", "number", "defaults");
        for (String type : fieldNames(d)) {
            if (d.get(type) instanceof ObjectNode t) {
                for (String section : List.of("encoder", "decoder", "loss")) {
                    if (t.get(section) != null && t.get(section).isTextual()) {
                        String name = t.get(section).asText();
                        t.putObject(section).put("type", name);
                        notes.add("defaults." + type + "." + section + ": '" + name + "' read as " + section + ".type.");
                    }
                }
            }
        }
    }

    private void trainer(ObjectNode t) {
        rename(t, "validation_measure", "validation_metric", "trainer");
        JsonNode metric = t.get("validation_metric");
        if (metric != null && METRICS.containsKey(metric.asText())) {
            t.put("validation_metric", METRICS.get(metric.asText()));
            notes.add("trainer.validation_metric: Ludwig's '" + metric.asText() + "' is PQL's '"
                    + METRICS.get(metric.asText()) + "'.");
        }
        for (Map.Entry<String, String> e : SCHEDULER_KEYS.entrySet()) {
            JsonNode v = t.remove(e.getKey());
            if (v != null) {
                JsonNode value = e.getKey().equals("decay") && v.isBoolean() ? (v.asBoolean()
                        ? Lowering.node("exponential") : Lowering.node(null)) : v;
                object(t, "learning_rate_scheduler").set(e.getValue(), value);
                notes.add("trainer." + e.getKey() + " moved to trainer.learning_rate_scheduler." + e.getValue()
                        + " (Ludwig 0.7).");
            }
        }
        for (String key : List.of("batch_size", "learning_rate", "gradient_accumulation_steps")) {
            if (t.path(key).asText().equals("auto")) {
                t.remove(key);
                notes.add("trainer." + key + ": 'auto' (Ludwig tunes it) uses PQL's default instead.");
            }
        }
    }

    private void rename(ObjectNode node, String old, String now, String path) {
        JsonNode v = node.get(old);
        if (v == null) {
            return;
        }
        String at = path.isEmpty() ? "" : path + ".";
        if (node.has(now)) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + at + old + "': both '" + old
                    + "' (Ludwig's old name) and '" + now + "' are given; keep only '" + now + "'.");
        }
        node.remove(old);
        node.set(now, v);
        notes.add(at + old + ": Ludwig's old name read as '" + now + "'.");
    }

    /**
     * fc_size is Ludwig's old name of output_size; a config with both (higgs_best) has the old one
     * ignored by Ludwig, so it is dropped with a note rather than refused.
     */
    private void renameOrDrop(ObjectNode node, String old, String now, String path) {
        if (node.has(old) && node.has(now)) {
            notes.add(path + "." + old + ": " + node.remove(old) + " is Ludwig's old name of " + now + ", which is set "
                    + "too (" + node.get(now) + "); Ludwig ignores the old one, and so does PQL.");
        } else {
            rename(node, old, now, path);
        }
    }

    private static ObjectNode object(ObjectNode node, String key) {
        return node.get(key) instanceof ObjectNode o ? o : node.putObject(key);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
