package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.registry.ModelStore;
import dev.pql.registry.VersionInfo;
import dev.pql.train.EpochLog;
import dev.pql.data.Attachment;
import dev.pql.data.Catalog;
import org.h2.tools.SimpleResultSet;
import java.util.Map;

/**
 * The {@code pql} system schema: {@code pql.models}, {@code model_versions}, {@code features},
 * {@code metrics}, {@code training_log}, {@code sources}, {@code jobs}, {@code drift} and {@code trials}, read live from the registry and the
 * catalog when queried, so the catalog is queryable with ordinary SQL and joins and shows up in
 * JDBC metadata. A Calcite schema (see {@link PqlSchema}): nothing is created in the user's store.
 */
final class SystemTables {
    static final String SCHEMA = "PQL";

    private SystemTables() {
    }

    static SimpleResultSet models(ModelStore store, boolean columnsOnly) {
        Rows rows = Rows.forStore().text("model").integer("active_version").integer("versions").text("target")
                .text("target_type").text("created_at");
        if (!columnsOnly) {
            for (String name : store.models()) {
                int active = store.resolve(name, null);
                ModelConfig config = store.config(name, active);
                rows.add(name, active, store.versions(name).size(), CatalogCommands.targetNames(config),
                        CatalogCommands.targetTypes(config),
                        store.info(name, active).createdAt());
            }
        }
        return rows.build();
    }

    static SimpleResultSet modelVersions(ModelStore store, boolean columnsOnly) {
        Rows rows = Rows.forStore().text("model").integer("version").bool("active").integer("rows")
                .integer("training_rows").integer("validation_rows").integer("test_rows").number("training_seconds")
                .integer("best_epoch").text("created_at").text("created_by").text("statement").text("source_sql")
                .text("data_sha256");
        if (!columnsOnly) {
            for (String name : store.models()) {
                int active = store.resolve(name, null);
                for (int v : store.versions(name)) {
                    VersionInfo i = store.info(name, v);
                    Map<String, Integer> split = i.splitRows() == null ? Map.of() : i.splitRows();
                    rows.add(name, v, v == active, i.rows(), split.get("training"), split.get("validation"),
                            split.get("test"), i.trainingSeconds(), i.bestEpoch(), i.createdAt(), i.createdBy(),
                            i.statement(), i.sourceSql(), i.dataSha256());
                }
            }
        }
        return rows.build();
    }

    static SimpleResultSet features(ModelStore store, boolean columnsOnly) {
        Rows rows = Rows.forStore().text("model").integer("version").text("feature").text("role").text("type")
                .text("column_name").text("encoder");
        if (!columnsOnly) {
            for (String name : store.models()) {
                for (int v : store.versions(name)) {
                    ModelConfig config = store.config(name, v);
                    for (FeatureConfig f : config.inputFeatures()) {
                        rows.add(name, v, f.name(), "input", f.type().ludwigName(), f.column(),
                                f.encoder() == null ? null : f.encoder().type());
                    }
                    for (FeatureConfig f : config.outputFeatures()) {
                        rows.add(name, v, f.name(), "output", f.type().ludwigName(), f.column(), null);
                    }
                }
            }
        }
        return rows.build();
    }

    static SimpleResultSet metrics(ModelStore store, boolean columnsOnly) {
        Rows rows = Rows.forStore().text("model").integer("version").text("split").text("metric").number("metric_value");
        if (!columnsOnly) {
            for (String name : store.models()) {
                for (int v : store.versions(name)) {
                    for (Map.Entry<String, Map<String, Double>> split : store.info(name, v).metrics().entrySet()) {
                        split.getValue().forEach((metric, value) -> rows.add(name, v, split.getKey(), metric, value));
                    }
                }
            }
        }
        return rows.build();
    }

    static SimpleResultSet trainingLog(ModelStore store, boolean columnsOnly) {
        Rows rows = Rows.forStore().text("model").integer("version").integer("epoch").integer("steps")
                .number("elapsed_seconds").text("split").text("metric").number("metric_value").integer("fold");
        if (!columnsOnly) {
            for (String name : store.models()) {
                for (int v : store.versions(name)) {
                    for (EpochLog e : store.trainingLog(name, v)) {
                        int fold = e.foldOrFirst();
                        rows.add(name, v, e.epoch(), (int) e.steps(), e.elapsedSeconds(), "training", "loss", e.trainLoss(),
                                fold);
                        e.validationMetrics().forEach((metric, value) -> rows.add(name, v, e.epoch(), (int) e.steps(),
                                e.elapsedSeconds(), "validation", metric, value, fold));
                    }
                }
            }
        }
        return rows.build();
    }

    /** Every candidate every version tried (model_type auto), as SHOW TRIALS lists them: {@code pql.trials}. */
    static SimpleResultSet trials(ModelStore store, boolean columnsOnly) {
        Rows rows = TrialsCommand.columns(Rows.forStore());
        if (!columnsOnly) {
            for (String name : store.models()) {
                for (int v : store.versions(name)) {
                    TrialsCommand.add(rows, name, v, store.trials(name, v));
                }
            }
        }
        return rows.build();
    }

    static SimpleResultSet sources(Catalog catalog, boolean columnsOnly) {
        return sources(catalog, columnsOnly, Rows.forStore());
    }

    /** The attached sources, as {@code pql.sources} and SHOW SOURCES answer them. */
    static SimpleResultSet sources(Catalog catalog, boolean columnsOnly, Rows rows) {
        rows.text("name").text("kind").text("url").text("user_name").text("product").text("tables")
                .text("attached_at");
        if (!columnsOnly) {
            for (Attachment a : catalog.sources()) {
                rows.add(a.name(), a.kind().word(), a.location(), a.user(), a.product(), SourceCommands.tables(catalog, a),
                        a.attachedAt());
            }
        }
        return rows.build();
    }

    /** Every SHOW DRIFT run's result per feature, oldest first per model: {@code pql.drift}. */
    static SimpleResultSet drift(ModelStore store, boolean columnsOnly) {
        Rows rows = Rows.forStore().text("checked_at").text("model").integer("version").text("feature")
                .text("statistic").number("metric_value").number("threshold").bool("drifted").integer("rows")
                .integer("training_rows").text("checked_by");
        if (!columnsOnly) {
            for (dev.pql.registry.DriftHistory.Entry e : store.driftHistory()) {
                rows.add(e.checkedAt(), e.model(), e.version(), e.feature(), e.statistic(), e.value(), e.threshold(),
                        e.drifted(), (int) e.rows(), (int) e.trainingRows(), e.checkedBy());
            }
        }
        return rows.build();
    }

    /** The training jobs: queued, running and recently finished, as {@code pql.jobs} answers them. */
    static SimpleResultSet jobs(Jobs jobs, boolean columnsOnly) {
        Rows rows = Rows.forStore().integer("job").text("model").text("user_name").text("state").number("progress")
                .text("detail").text("started").number("elapsed_seconds");
        if (!columnsOnly) {
            for (Jobs.JobInfo j : jobs.snapshot()) {
                rows.add((int) j.job(), j.model(), j.user(), j.state().label(), j.progress(), j.detail(),
                        j.started().toString(), j.elapsed().toMillis() / 1000.0);
            }
        }
        return rows.build();
    }
}
