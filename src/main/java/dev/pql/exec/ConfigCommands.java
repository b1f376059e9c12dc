package dev.pql.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.config.ConfigMapper;
import dev.pql.config.ConfigPaths;
import dev.pql.config.ModelConfig;
import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import java.util.List;
import java.util.Map;

/**
 * SHOW CONFIG and DIFF MODEL: a version's stored config, and how two versions' configs differ.
 * SHOW CONFIG answers {@code model, version, config} (the YAML, one row: paste it into CONFIG '...'
 * to reuse the recipe); DIFF answers {@code path, version_a, version_b}, one row per differing path.
 */
final class ConfigCommands {
    private ConfigCommands() {
    }

    static ExecResult showConfig(ModelStore store, Ast.ShowConfig c) {
        String name = c.model().text();
        int version = store.resolve(name, c.version());
        ModelConfig config = store.config(name, version);
        Rows rows = new Rows().text("model").integer("version").text("config")
                .add(ModelStore.normalize(name), version, ConfigMapper.toYaml(config));
        return ExecResult.rows(rows.build(), List.of());
    }

    /** The stored config of a version as {@code path, value} rows (the form EXPLAIN and DIFF use). */
    static ExecResult configPaths(ModelStore store, Ast.ShowConfig c) {
        String name = c.model().text();
        int version = store.resolve(name, c.version());
        Rows rows = new Rows().text("path").text("value");
        for (Map.Entry<String, JsonNode> e : ConfigPaths.flatten(store.config(name, version)).entrySet()) {
            rows.add(e.getKey(), ConfigPaths.text(e.getValue()));
        }
        return ExecResult.rows(rows.build(), List.of());
    }

    static ExecResult diff(ModelStore store, Ast.DiffModel d) {
        String name = d.model().text();
        int a = store.resolve(name, d.versionA());
        int b = store.resolve(name, d.versionB());
        List<String[]> diff = ConfigPaths.diff(ConfigPaths.flatten(store.config(name, a)),
                ConfigPaths.flatten(store.config(name, b)));
        Rows rows = new Rows().text("path").text("version_a").text("version_b");
        diff.forEach(r -> rows.add((Object[]) r));
        List<String> warnings = diff.isEmpty() ? List.of("Versions " + a + " and " + b + " of " + name
                + " have the same config; they can still differ in the data they were trained on.") : List.of();
        return ExecResult.rows(rows.build(), warnings);
    }
}
