package dev.pql.jdbc;

import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.registry.ModelStore;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Models as tables for metadata browsers: each model is a table of type {@code MODEL} in schema
 * {@code PQL}, its input features then its outputs as columns (outputs marked generated). DBeaver
 * shows them in the navigator, with types and remarks, next to the store's tables.
 */
final class ModelTables {
    static final String TYPE = "MODEL";
    static final String SCHEMA = "PQL";

    private ModelTables() {
    }

    static ResultSet tableTypes(DatabaseMetaData store) throws SQLException {
        MetaRows rows = MetaRows.copy(store.getTableTypes());
        rows.add(Map.of("TABLE_TYPE", TYPE));
        return rows.sort("TABLE_TYPE").build();
    }

    static ResultSet tables(PqlConnection c, DatabaseMetaData store, String catalog, String schemaPattern,
            String tablePattern, String[] types) throws SQLException {
        ResultSet base = store.getTables(catalog, schemaPattern, tablePattern, types);
        if (!SourceTables.wanted(c, catalog, schemaPattern)) {
            return base;
        }
        MetaRows rows = MetaRows.copy(base);
        SourceTables.addTables(c, rows, schemaPattern, tablePattern, types);
        List<String> models = models(c, catalog, schemaPattern, tablePattern);
        if (types != null && List.of(types).stream().noneMatch(TYPE::equalsIgnoreCase)) {
            models = List.of();
        }
        ModelStore registry = c.engine().models();
        for (String m : models) {
            List<Integer> versions = registry.versions(m);
            if (versions.isEmpty()) {
                continue; // dropped since it was listed
            }
            int active = versions.get(versions.size() - 1);
            ModelConfig config = config(registry, m, active);
            if (config == null) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("TABLE_CAT", c.getCatalog());
            row.put("TABLE_SCHEM", SCHEMA);
            row.put("TABLE_NAME", m);
            row.put("TABLE_TYPE", TYPE);
            row.put("REMARKS", "PQL model: predicts " + names(config.outputFeatures()) + " from "
                    + names(config.inputFeatures()) + "; active version " + active + " of " + versions.size()
                    + ". PREDICT ... USING " + m + " GIVEN ...");
            rows.add(row);
        }
        return rows.sort("TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME").build();
    }

    static ResultSet columns(PqlConnection c, DatabaseMetaData store, String catalog, String schemaPattern,
            String tablePattern, String columnPattern) throws SQLException {
        ResultSet base = store.getColumns(catalog, schemaPattern, tablePattern, columnPattern);
        if (!SourceTables.wanted(c, catalog, schemaPattern)) {
            return base;
        }
        MetaRows rows = MetaRows.copy(base);
        SourceTables.addColumns(c, rows, schemaPattern, tablePattern, columnPattern);
        List<String> models = models(c, catalog, schemaPattern, tablePattern);
        for (String m : models) {
            List<Integer> versions = c.engine().models().versions(m);
            ModelConfig config = versions.isEmpty() ? null
                    : config(c.engine().models(), m, versions.get(versions.size() - 1));
            if (config == null) {
                continue; // dropped since it was listed
            }
            List<FeatureConfig> features = new ArrayList<>(config.inputFeatures());
            features.addAll(config.outputFeatures());
            for (int i = 0; i < features.size(); i++) {
                FeatureConfig f = features.get(i);
                boolean output = i >= config.inputFeatures().size();
                if (MetaRows.like(columnPattern, f.name())) {
                    rows.add(column(c.getCatalog(), m, f, i + 1, output));
                }
            }
        }
        return rows.sort("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION").build();
    }

    private static Map<String, Object> column(String catalog, String model, FeatureConfig f, int position,
            boolean output) {
        int type = sqlType(f);
        Map<String, Object> row = new HashMap<>();
        row.put("TABLE_CAT", catalog);
        row.put("TABLE_SCHEM", SCHEMA);
        row.put("TABLE_NAME", model);
        row.put("COLUMN_NAME", f.name());
        row.put("DATA_TYPE", type);
        row.put("TYPE_NAME", switch (type) {
            case Types.BOOLEAN -> "BOOLEAN";
            case Types.DOUBLE -> "DOUBLE PRECISION";
            case Types.DATE -> "DATE";
            default -> "CHARACTER VARYING";
        });
        row.put("COLUMN_SIZE", type == Types.DOUBLE ? 53 : type == Types.BOOLEAN ? 1 : type == Types.DATE ? 10
                : 1_000_000_000);
        row.put("NUM_PREC_RADIX", type == Types.DOUBLE ? 2 : null);
        row.put("NULLABLE", DatabaseMetaData.columnNullable); // a missing value is filled by its strategy
        row.put("IS_NULLABLE", "YES");
        row.put("REMARKS", (output ? "output feature, predicted; " : "input feature; ") + f.type().ludwigName()
                + (f.encoder() != null && f.encoder().type() != null ? ", encoder " + f.encoder().type() : "")
                + (f.column() != null && !f.column().equals(f.name()) ? ", reads column " + f.column() : ""));
        row.put("ORDINAL_POSITION", position);
        row.put("CHAR_OCTET_LENGTH", type == Types.VARCHAR ? 1_000_000_000 : null);
        row.put("IS_AUTOINCREMENT", "NO");
        row.put("IS_GENERATEDCOLUMN", output ? "YES" : "NO");
        return row;
    }

    /** The SQL type a feature's values come as. */
    static int sqlType(FeatureConfig f) {
        return switch (f.type()) {
            case BINARY -> Types.BOOLEAN;
            case NUMBER -> Types.DOUBLE;
            case DATE -> Types.DATE;
            default -> Types.VARCHAR; // category, text and the token types
        };
    }

    /** The models that the filters of a metadata call select, when they select schema PQL. */
    static List<String> models(PqlConnection c, String catalog, String schemaPattern, String tablePattern)
            throws SQLException {
        if ((catalog != null && !catalog.equalsIgnoreCase(c.getCatalog())) || !MetaRows.like(schemaPattern, SCHEMA)) {
            return List.of();
        }
        try {
            return c.engine().models().models().stream().filter(m -> MetaRows.like(tablePattern, m)).toList();
        } catch (RuntimeException e) {
            throw Errors.toSql(e);
        }
    }

    private static ModelConfig config(ModelStore store, String model, int version) {
        try {
            return store.config(model, version);
        } catch (RuntimeException e) {
            return null; // dropped while we looked: a browser shows the models that are there
        }
    }

    private static String names(List<FeatureConfig> features) {
        return features.stream().map(FeatureConfig::name).collect(Collectors.joining(", "));
    }
}
