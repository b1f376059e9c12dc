package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lowers a CREATE MODEL statement to a fully resolved {@link ModelConfig}: the CONFIG text read and
 * upgraded from Ludwig's old spellings, PREDICT/GIVEN/EXCEPT merged in (the statement wins), columns
 * resolved, types inferred, WITH overrides applied, defaults filled in Ludwig's layers, validated.
 */
public final class Lowering {
    /** The top-level keys a WITH path may start with (the rest start with a feature name). */
    static final Set<String> SECTIONS = sections();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Lowering() {
    }

    /**
     * The resolved config, what lowering decided (notes for the user: inferred types, dropped
     * columns, where the statement overrode the config) and where each value came from (path as
     * {@link ConfigPaths} writes it → config, statement, with, inferred, defaults or default).
     */
    public record Lowered(ModelConfig config, List<String> notes, Map<String, String> sources, Hyperopt hyperopt) {
        public Lowered(ModelConfig config, List<String> notes, Map<String, String> sources) {
            this(config, notes, sources, null);
        }

        public Lowered(ModelConfig config, List<String> notes) {
            this(config, notes, Map.of());
        }
    }

    public static Lowered lower(Ast.CreateModel stmt, List<ColumnProfile> columns) {
        List<String> notes = new ArrayList<>();
        ObjectNode root = stmt.config() == null ? NODES.objectNode() : read(stmt.config());
        notes.addAll(ConfigUpgrader.upgrade(root));
        ObjectNode fromConfig = root.deepCopy();
        StatementMerge merge = new StatementMerge(columns, notes);
        merge.merge(root, stmt);
        ObjectNode statement = root.deepCopy();
        Overrides.apply(root, stmt.with(), notes);
        notes.addAll(ConfigUpgrader.upgrade(root)); // an old spelling may come in through WITH too
        List<String> names = columns.stream().map(ColumnProfile::name).toList();
        Hyperopt hyperopt = Hyperopt.take(root, stmt.hyperopt(), names); // the search is no part of a version's config
        fromConfig.remove("hyperopt");
        statement.remove("hyperopt");
        if (hyperopt != null && "auto".equals(root.path("model_type").asText())) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "At 'model_type': hyperopt with model_type auto is not "
                    + "supported (a trial trains one model, auto an ensemble); set model_type ecd or gbm.");
        }
        if (hyperopt != null && !root.has("model_type")) {
            root.put("model_type", "ecd"); // a trial trains one model: the network, not auto's ensemble
            notes.add("hyperopt searches the network (model_type ecd) rather than model_type auto's ensemble; set "
                    + "model_type gbm to search the trees.");
        }
        Set<String> dataDefaults = DataDefaults.apply(root, columns, notes);
        Lowered lowered = DataDefaults.mark(resolve(root, names, notes, fromConfig, statement, merge.inferred,
                merge.discovered, "config"), dataDefaults);
        if (hyperopt == null) {
            return lowered;
        }
        hyperopt = hyperopt.over(root.deepCopy(), names); // the user's tree with the data's defaults, as trials lower it
        hyperopt.check(lowered.config());
        Map<String, String> sources = new java.util.LinkedHashMap<>(lowered.sources());
        for (HyperoptSpace s : hyperopt.parameters()) {
            sources.replaceAll((path, source) -> path.equalsIgnoreCase(s.path()) ? "hyperopt" : source);
        }
        return new Lowered(lowered.config(), lowered.notes(), sources, hyperopt);
    }

    /**
     * Fills defaults into a user tree, validates it and binds it. {@code config}, {@code statement}
     * {@code inferred} and {@code discovered} say where the user's values came from (see {@link Provenance}).
     */
    static Lowered resolve(ObjectNode user, List<String> columns, List<String> notes, ObjectNode config,
                           ObjectNode statement, Set<String> inferred, Set<String> discovered, String base) {
        ObjectNode full = user.deepCopy();
        Defaults.fill(full);
        ConfigValidator.validate(full, columns);
        ObjectNode plain = user.deepCopy();
        plain.remove("defaults");
        Defaults.fill(plain);
        Map<String, String> sources = Provenance.of(config, statement, user, plain, full, inferred, discovered,
                base);
        return new Lowered(ConfigMapper.bind(full), List.copyOf(new LinkedHashSet<>(notes)), sources);
    }

    /** The CONFIG clause's tree: the text itself, or the file it names (relative to the working folder). */
    static ObjectNode read(Ast.ConfigRef ref) {
        if (!ref.file()) {
            return ConfigMapper.parse(ref.text(), "the CONFIG text (at " + ref.position() + ")");
        }
        Path path = Path.of(ref.text());
        try {
            return ConfigMapper.parse(Files.readString(path, StandardCharsets.UTF_8), "config file '" + ref.text() + "'");
        } catch (NoSuchFileException e) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Config file '" + ref.text() + "' (at " + ref.position()
                    + ") not found; looked for " + path.toAbsolutePath().normalize() + ".");
        } catch (IOException e) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Cannot read config file '" + ref.text() + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * The feature name for a column the user did not name: an all-upper-case name is how the store
     * folded an unquoted identifier (CSV headers too), so it reads as the user would type it.
     */
    static String featureName(String column) {
        return column.equals(column.toUpperCase(Locale.ROOT)) ? column.toLowerCase(Locale.ROOT) : column;
    }

    /** A JSON node for a statement literal (or a registry default: lists and maps too). */
    static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof JsonNode n) {
            return n;
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Long || value instanceof Integer) {
            return NODES.numberNode(((Number) value).longValue());
        } else if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        } else if (value instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(node(v)));
            return a;
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), node(v)));
            return o;
        }
        return NODES.textNode(value.toString());
    }

    private static Set<String> sections() {
        Set<String> s = new LinkedHashSet<>();
        Options.options("").forEach(o -> s.add(o.name()));
        s.addAll(Options.ludwigOnly(""));
        s.add("training");
        return Set.copyOf(s);
    }
}
