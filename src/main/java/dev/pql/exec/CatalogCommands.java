package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.features.FeatureMetadata;
import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import dev.pql.registry.VersionInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** SHOW MODELS, DESCRIBE MODEL and DROP MODEL: the catalog, answered as fixed-schema result sets. */
final class CatalogCommands {
    private CatalogCommands() {
    }

    static ExecResult showModels(ModelStore store) {
        Rows rows = new Rows().text("model").integer("active_version").integer("versions").text("target")
                .text("target_type").text("input_features").integer("rows").text("metric").number("validation_value")
                .number("test_value").text("created_at");
        for (String name : store.models()) {
            List<Integer> versions = store.versions(name);
            int active = store.resolve(name, null);
            VersionInfo info = store.info(name, active);
            ModelConfig config = store.config(name, active);
            FeatureConfig target = config.outputFeatures().get(0);
            String metric = dev.pql.config.Options.headline(target.type());
            if (config.outputFeatures().size() > 1) {
                metric = dev.pql.train.Metrics.ofOutput(target.name(), metric); // the first output's
            }
            // validation: out-of-fold with trainer.folds (then there may be no test split)
            Double validation = info.metrics().getOrDefault("validation", Map.of()).get(metric);
            Double test = info.metrics().getOrDefault("test", Map.of()).get(metric);
            rows.add(name, active, versions.size(), targetNames(config), targetTypes(config),
                    config.inputFeatures().stream().map(FeatureConfig::name).collect(Collectors.joining(", ")),
                    info.rows(), metric, validation, test, info.createdAt());
        }
        return ExecResult.rows(rows.build(), List.of());
    }

    /** DESCRIBE MODEL's columns. */
    static Rows describeColumns() {
        return new Rows().text("model").integer("version").text("feature").text("role").text("type")
                .text("column").text("encoder").text("details");
    }

    static ExecResult describe(ModelStore store, Ast.DescribeModel d) {
        ModelStore.Features m = store.features(d.model().text(), d.version()); // no weights: a catalog read
        Rows rows = describeColumns();
        for (int i = 0; i < m.config().inputFeatures().size(); i++) {
            FeatureConfig f = m.config().inputFeatures().get(i);
            // gbm inputs have no encoder: trees read the columns themselves
            rows.add(m.name(), m.version(), f.name(), "input", f.type().ludwigName(), f.column(),
                    f.encoder() == null ? null : f.encoder().type(), details(m.inputs().get(i)));
        }
        for (int i = 0; i < m.config().outputFeatures().size(); i++) {
            FeatureConfig out = m.config().outputFeatures().get(i);
            rows.add(m.name(), m.version(), out.name(), "output", out.type().ludwigName(), out.column(), null,
                    details(m.outputs().get(i)));
        }
        return ExecResult.rows(rows.build(), List.of());
    }

    /** The output features' names, comma-separated: one target, or the several a multi-output model predicts. */
    static String targetNames(ModelConfig config) {
        return config.outputFeatures().stream().map(FeatureConfig::name).collect(Collectors.joining(", "));
    }

    /** The output features' types, in the order of {@link #targetNames}. */
    static String targetTypes(ModelConfig config) {
        return config.outputFeatures().stream().map(f -> f.type().ludwigName()).collect(Collectors.joining(", "));
    }

    private static String details(FeatureMetadata m) {
        if (m.vocabulary() != null) {
            List<String> v = m.vocabulary();
            String head = v.stream().limit(5).collect(Collectors.joining(", "));
            return "vocabulary " + v.size() + ": " + head + (v.size() > 5 ? ", ..." : "");
        }
        if (m.mean() != null) {
            return String.format("mean %.4g, std %.4g, min %.4g, max %.4g", m.mean(), m.std(), m.min(), m.max());
        }
        return null;
    }

    static ExecResult drop(ModelStore store, Ast.DropModel d) {
        if (d.ifExists() && !store.exists(d.model().text())) {
            return ExecResult.count(0);
        }
        store.drop(d.model().text(), d.version());
        return ExecResult.count(0);
    }

    static ExecResult alter(ModelStore store, Ast.AlterModel a) {
        store.setActive(a.model().text(), a.activeVersion());
        return ExecResult.count(0);
    }

    static ExecResult export(ModelStore store, Ast.ExportModel x) {
        Path target = store.export(x.model().text(), x.version(), Path.of(x.directory()));
        return ExecResult.rows(new Rows().text("model").integer("version").text("directory")
                .add(ModelStore.normalize(x.model().text()), store.resolve(x.model().text(), x.version()), target.toString())
                .build(), List.of());
    }

    static ExecResult importModel(ModelStore store, Ast.ImportModel i) {
        ModelStore.Imported imported = store.importVersion(i.model() == null ? null : i.model().text(),
                Path.of(i.directory()));
        return ExecResult.rows(new Rows().text("model").integer("version").text("source")
                .add(imported.name(), imported.version(), i.directory()).build(), List.of());
    }
}
