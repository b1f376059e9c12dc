package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.parse.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges a CREATE MODEL statement's PREDICT, GIVEN and EXCEPT into a config tree (empty without
 * CONFIG): the statement wins, and says so in a note where it changes what the config said. Every
 * feature's column is resolved against the data and every missing type inferred.
 */
final class StatementMerge {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Map<String, ColumnProfile> byName = new LinkedHashMap<>();
    private final List<ColumnProfile> columns;
    private final List<String> notes;
    /** Lower-case names of features whose type was inferred, for EXPLAIN. */
    final Set<String> inferred = new HashSet<>();
    /** Lower-case names of features nobody named: columns GIVEN * (or no GIVEN) took in. */
    final Set<String> discovered = new HashSet<>();

    StatementMerge(List<ColumnProfile> columns, List<String> notes) {
        this.columns = columns;
        this.notes = notes;
        columns.forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
    }

    /** Replaces the feature lists of {@code root} with the merged ones. */
    void merge(ObjectNode root, Ast.CreateModel stmt) {
        ArrayNode configInputs = list(root, "input_features");
        ArrayNode configOutputs = list(root, "output_features");
        ArrayNode outputs = NODES.arrayNode();
        Set<String> used = new HashSet<>();
        if (!stmt.targets().isEmpty()) {
            for (Ast.Target t : stmt.targets()) {
                ObjectNode f = fromStatement(t.name(), t.type(), configOutputs, "output", used);
                outputs.add(f);
            }
            dropUnnamed(configOutputs, outputs, "output", "PREDICT");
        } else if (configOutputs.isEmpty()) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Model '" + stmt.name() + "' has nothing to predict: "
                    + "name the target with PREDICT col, or give the config output_features.");
        } else {
            configOutputs.forEach(f -> outputs.add(fromConfig(f, "output", outputs.size())));
        }
        Set<String> targetColumns = new HashSet<>();
        outputs.forEach(f -> targetColumns.add(f.path("column").asText().toLowerCase(Locale.ROOT)));
        Set<String> except = new HashSet<>();
        for (Ast.Name n : stmt.except()) {
            except.add(column(n).name().toLowerCase(Locale.ROOT));
        }
        ArrayNode inputs = NODES.arrayNode();
        if (configInputs.isEmpty() && root.path("input_features").isArray()) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at 'input_features': is empty; a model reads "
                    + "at least one feature (leave input_features out to use every column but the target).");
        }
        if (!stmt.given().isEmpty()) {
            for (Ast.Feature g : stmt.given()) {
                ObjectNode f = fromStatement(g.name(), g.type(), configInputs, "input", used);
                encoderAndOptions(f, g);
                inputs.add(f);
            }
            dropUnnamed(configInputs, inputs, "input", "GIVEN");
        } else if (!configInputs.isEmpty()) {
            for (JsonNode c : configInputs) {
                ObjectNode f = fromConfig(c, "input", inputs.size());
                String col = f.path("column").asText().toLowerCase(Locale.ROOT);
                if (except.contains(col) || except.contains(f.path("name").asText().toLowerCase(Locale.ROOT))) {
                    notes.add(f.path("name").asText() + ": left out (EXCEPT).");
                } else if (targetColumns.contains(col) && !stmt.targets().isEmpty()) {
                    notes.add(f.path("name").asText() + ": the config's input is the PREDICT target; left out of the inputs.");
                } else {
                    inputs.add(f);
                }
            }
        } else {
            inferAll(inputs, targetColumns, except);
        }
        if (inputs.isEmpty()) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Model '" + stmt.name() + "' has no input features left"
                    + (notes.isEmpty() ? "" : ": " + String.join("; ", notes)) + ". Name the inputs with GIVEN col, ...");
        }
        leakage(inputs, targetColumns);
        root.remove(List.of("input_features", "output_features"));
        ObjectNode ordered = NODES.objectNode();
        ordered.set("input_features", inputs);
        ordered.set("output_features", outputs);
        ordered.setAll(root);
        root.removeAll();
        root.setAll(ordered);
    }

    /** A feature named in the statement, merged over the config's feature of that name if there is one. */
    private ObjectNode fromStatement(Ast.Name name, Ast.Name type, ArrayNode config, String role, Set<String> used) {
        JsonNode existing = find(config, name.text());
        ObjectNode f = existing instanceof ObjectNode o ? o.deepCopy() : NODES.objectNode().put("name", name.text());
        ColumnProfile p = existing != null && f.path("column").isTextual() ? byName.get(f.path("column").asText()
                .toLowerCase(Locale.ROOT)) : null;
        p = p != null ? p : column(name);
        if (!used.add(p.name().toLowerCase(Locale.ROOT))) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Column '" + name.text() + "' is named twice (at "
                    + name.position() + "); a column is either a target or an input, once.", name.position().toError());
        }
        f.put("column", p.name());
        if (type != null) {
            String t = type.text().toLowerCase(Locale.ROOT);
            String before = f.path("type").asText(null);
            if (before != null && !before.equals(t) && !(before.equals("numerical") && t.equals("number"))) {
                notes.add(name.text() + ": type " + t + " from the statement replaces the config's " + before + ".");
                f.remove(List.of("encoder", "decoder", "loss")); // they were the other type's
            }
            f.put("type", t);
        } else if (!f.path("type").isTextual()) {
            infer(f, p, role);
        }
        return f;
    }

    /** A feature from the config: column resolved, type inferred when missing. */
    private ObjectNode fromConfig(JsonNode node, String role, int index) {
        String path = role + "_features[" + index + "]";
        if (!(node instanceof ObjectNode c)) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + path + "': must be a feature "
                    + "(name: ..., type: ...), got " + node);
        }
        ObjectNode f = c.deepCopy();
        String col = f.path("column").isTextual() ? f.path("column").asText() : f.path("name").asText(null);
        if (col == null) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + path + ".name': is missing");
        }
        ColumnProfile p = byName.get(col.toLowerCase(Locale.ROOT));
        if (p == null) {
            List<String> names = columns.stream().map(ColumnProfile::name).toList();
            throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "Invalid config at '" + path + (f.has("column") ? ".column"
                    : ".name") + "': column '" + col + "' is not in the data; its columns are " + String.join(", ", names)
                    + "." + Suggestions.didYouMean(col, names));
        }
        f.put("column", p.name());
        if (!f.has("type") || f.get("type").isNull()) {
            infer(f, p, role);
        }
        return f;
    }

    private void infer(ObjectNode f, ColumnProfile p, String role) {
        String name = f.path("name").asText();
        inferred.add(name.toLowerCase(Locale.ROOT));
        if (role.equals("output")) {
            FeatureType t = TypeInference.output(p);
            f.put("type", t.ludwigName());
            notes.add(name + ": output type " + t.ludwigName() + " (inferred)");
            return;
        }
        TypeInference.Guess g = TypeInference.input(p);
        FeatureType t = g.type().orElse(p.averageTokens() >= 2 ? FeatureType.TEXT : FeatureType.CATEGORY);
        f.put("type", t.ludwigName());
        notes.add(name + ": " + t.ludwigName() + " (inferred: " + g.reason() + ")");
    }

    /** GIVEN * (or no GIVEN, no config inputs): every other column that carries signal, typed by inference. */
    private void inferAll(ArrayNode inputs, Set<String> targets, Set<String> except) {
        for (ColumnProfile p : columns) {
            String key = p.name().toLowerCase(Locale.ROOT);
            if (targets.contains(key) || except.contains(key)) {
                continue;
            }
            TypeInference.Guess g = TypeInference.input(p);
            if (g.type().isEmpty() || !Options.isInputType(g.type().get())) {
                notes.add(p.name() + ": dropped, " + (g.type().isEmpty() ? g.reason()
                        : g.type().get().ludwigName() + " inputs are not supported yet"));
                continue;
            }
            String name = Lowering.featureName(p.name());
            inferred.add(name.toLowerCase(Locale.ROOT));
            discovered.add(name.toLowerCase(Locale.ROOT));
            notes.add(p.name() + ": " + g.type().get().ludwigName() + " (inferred: " + g.reason() + ")");
            inputs.add(NODES.objectNode().put("name", name).put("column", p.name()).put("type", g.type().get().ludwigName()));
        }
    }

    /** GIVEN's ENCODER and options: the encoder named replaces the config's; options go where the registry says. */
    private void encoderAndOptions(ObjectNode f, Ast.Feature g) {
        String name = g.name().text();
        if (g.encoder() != null) {
            String enc = g.encoder().text().toLowerCase(Locale.ROOT);
            JsonNode before = f.path("encoder").path("type");
            if (before.isTextual() && !before.asText().equals(enc)) {
                notes.add(name + ": encoder " + enc + " from the statement replaces the config's " + before.asText() + ".");
                f.remove("encoder");
            }
            (f.get("encoder") instanceof ObjectNode e ? e : f.putObject("encoder")).put("type", enc);
        }
        FeatureType type = Defaults.typeOf(f);
        for (Map.Entry<String, Object> o : g.options().entrySet()) {
            String key = o.getKey();
            String encoder = f.path("encoder").path("type").asText(null);
            String path = key.contains(".") ? key : (isPreprocessing(type, encoder, key) ? "preprocessing." : "encoder.") + key;
            Overrides.set(f, path, o.getValue(), name + "." + key);
        }
    }

    /**
     * Whether a GIVEN option is a preprocessing option (else it is the encoder's). A name neither
     * knows goes where its closest name is, so the error's "did you mean" finds it. An option of the
     * feature's own encoder wins (auto_transformer's pretrained_model_name_or_path is also a name
     * in Ludwig's text preprocessing).
     */
    private static boolean isPreprocessing(FeatureType type, String encoderType, String key) {
        if (type != null && encoderType != null
                && Options.option(type.ludwigName() + ".encoder." + encoderType, key) != null) {
            return false;
        }
        List<String> preprocessing = new ArrayList<>();
        List<String> encoder = new ArrayList<>();
        for (String scope : Options.scopes()) {
            boolean ofType = type == null || scope.startsWith(type.ludwigName() + ".");
            if (ofType && scope.endsWith(".preprocessing")) {
                Options.options(scope).forEach(o -> preprocessing.add(o.name()));
                preprocessing.addAll(Options.ludwigOnly(scope));
            } else if (ofType && scope.contains(".encoder.")) {
                Options.options(scope).forEach(o -> encoder.add(o.name()));
            }
        }
        if (preprocessing.contains(key) || encoder.contains(key)) {
            return preprocessing.contains(key);
        }
        List<String> all = new ArrayList<>(preprocessing);
        all.addAll(encoder);
        return Suggestions.closest(key, all).map(preprocessing::contains).orElse(false);
    }

    /** Notes the config's features that the statement's list leaves out. */
    private void dropUnnamed(ArrayNode config, ArrayNode kept, String role, String clause) {
        for (JsonNode c : config) {
            String n = c.path("name").asText();
            if (find(kept, n) == null) {
                notes.add(n + ": the config's " + role + " feature is not in " + clause + "; left out (the statement wins).");
            }
        }
    }

    /** An input that reads the target's column would let the model see the answer. */
    private static void leakage(ArrayNode inputs, Set<String> targetColumns) {
        for (int i = 0; i < inputs.size(); i++) {
            String col = inputs.get(i).path("column").asText();
            // Ludwig's forecasting reads a timeseries' past window to predict its future: no leak (and not
            // supported by PQL yet, which the validator says)
            boolean forecast = inputs.get(i).path("type").asText().equals("timeseries");
            if (!forecast && targetColumns.contains(col.toLowerCase(Locale.ROOT))) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at 'input_features[" + i + "].column': "
                        + "input '" + inputs.get(i).path("name").asText() + "' reads '" + col + "', the column the model "
                        + "predicts; leave it out of the inputs.");
            }
        }
    }

    private ColumnProfile column(Ast.Name name) {
        ColumnProfile p = byName.get(name.text().toLowerCase(Locale.ROOT));
        if (p == null) {
            List<String> names = columns.stream().map(ColumnProfile::name).toList();
            throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "Column '" + name.text() + "' not found at "
                    + name.position() + "; the data has columns " + String.join(", ", names) + "."
                    + Suggestions.didYouMean(name.text(), names), name.position().toError());
        }
        return p;
    }

    private static JsonNode find(ArrayNode features, String name) {
        for (JsonNode f : features) {
            if (f.path("name").asText().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    private static ArrayNode list(ObjectNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return NODES.arrayNode();
        }
        if (!(n instanceof ArrayNode a)) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + key + "': must be a list of "
                    + "features, got " + n);
        }
        return a;
    }
}
