package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.registry.ModelStore;
import dev.pql.registry.VersionInfo;
import dev.pql.train.EpochLog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The {@code pql} system schema: views {@code pql.models}, {@code model_versions}, {@code features},
 * {@code metrics} and {@code training_log} over Java table functions that read the registry live,
 * so the catalog is queryable with ordinary SQL and joins and shows up in JDBC metadata.
 */
public final class SystemTables {
    static final String SCHEMA = "PQL";
    private static final List<String> TABLES = List.of("models", "model_versions", "features", "metrics", "training_log");

    private SystemTables() {
    }

    /** (Re)creates the schema's functions and views; run when a database opens, so they follow this code. */
    static void install(Connection c, String engineKey) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            for (String t : TABLES) {
                s.execute("DROP VIEW IF EXISTS " + SCHEMA + "." + t + " CASCADE");
                s.execute("DROP ALIAS IF EXISTS " + SCHEMA + "." + t + "_fn");
                s.execute("CREATE ALIAS " + SCHEMA + "." + t + "_fn FOR \"" + SystemTables.class.getName() + "." + camel(t) + "\"");
                // The view names its engine: H2 hands functions a connection that does not say which database it is.
                s.execute("CREATE VIEW " + SCHEMA + "." + t + " AS SELECT * FROM " + SCHEMA + "." + t + "_fn('"
                        + engineKey.replace("'", "''") + "')");
                s.execute("COMMENT ON TABLE " + SCHEMA + "." + t + " IS '" + remark(t) + "'");
            }
            s.execute("DROP ALIAS IF EXISTS " + SCHEMA + ".predict_query");
            s.execute("CREATE ALIAS " + SCHEMA + ".predict_query FOR \"" + EmbeddedPredict.class.getName() + ".predictQuery\"");
        }
    }

    private static String camel(String t) {
        StringBuilder b = new StringBuilder();
        for (String part : t.split("_")) {
            b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }

    private static String remark(String table) {
        return switch (table) {
            case "models" -> "PQL models: one row per model, live from the registry";
            case "model_versions" -> "Every version of every model with its provenance";
            case "features" -> "Input and output features of every model version";
            case "metrics" -> "Metrics of every model version per split";
            default -> "Per-epoch training log of every model version, one row per metric";
        };
    }

    /** H2 asks for the columns first with a stand-in connection; answer with the empty schema then. */
    private static boolean columnsOnly(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:columnlist:");
    }

    private static ModelStore store(String engineKey) throws SQLException {
        Engine engine = Engine.forStore(engineKey);
        if (engine == null) {
            throw new SQLException("This database is not open through PQL (jdbc:pql:...); the pql schema reads "
                    + "the model registry, which only PQL knows.", ErrorCode.NOT_SUPPORTED.sqlState());
        }
        return engine.models();
    }

    public static ResultSet models(Connection c, String engineKey) throws SQLException {
        Rows rows = Rows.forStore().text("model").integer("active_version").integer("versions").text("target")
                .text("target_type").text("created_at");
        if (!columnsOnly(c)) {
            ModelStore store = store(engineKey);
            for (String name : store.models()) {
                int active = store.resolve(name, null);
                FeatureConfig target = store.config(name, active).outputFeatures().get(0);
                rows.add(name, active, store.versions(name).size(), target.name(), target.type().ludwigName(),
                        store.info(name, active).createdAt());
            }
        }
        return rows.build();
    }

    public static ResultSet modelVersions(Connection c, String engineKey) throws SQLException {
        Rows rows = Rows.forStore().text("model").integer("version").bool("active").integer("rows")
                .integer("training_rows").integer("validation_rows").integer("test_rows").number("training_seconds")
                .integer("best_epoch").text("created_at").text("created_by").text("statement").text("source_sql")
                .text("data_sha256");
        if (!columnsOnly(c)) {
            ModelStore store = store(engineKey);
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

    public static ResultSet features(Connection c, String engineKey) throws SQLException {
        Rows rows = Rows.forStore().text("model").integer("version").text("feature").text("role").text("type")
                .text("column_name").text("encoder");
        if (!columnsOnly(c)) {
            ModelStore store = store(engineKey);
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

    public static ResultSet metrics(Connection c, String engineKey) throws SQLException {
        Rows rows = Rows.forStore().text("model").integer("version").text("split").text("metric").number("metric_value");
        if (!columnsOnly(c)) {
            ModelStore store = store(engineKey);
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

    public static ResultSet trainingLog(Connection c, String engineKey) throws SQLException {
        Rows rows = Rows.forStore().text("model").integer("version").integer("epoch").integer("steps")
                .number("elapsed_seconds").text("split").text("metric").number("metric_value").integer("fold");
        if (!columnsOnly(c)) {
            ModelStore store = store(engineKey);
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

    static PqlException unavailable(String what, Exception e) {
        return new PqlException(ErrorCode.STORE_ERROR, "Cannot set up the pql system schema (" + what + "): "
                + e.getMessage(), e);
    }
}
