package dev.pql.jdbc;

import dev.pql.data.Attachment;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Attached sources and the {@code pql} system schema in a client's navigator: each is a schema
 * beside the store's own, with its tables and columns as Calcite sees them. A source that cannot
 * be reached is left out of the answer (and logged) rather than failing the whole listing.
 */
final class SourceTables {
    private static final Logger LOG = Logger.getLogger(SourceTables.class.getName());
    static final String PQL = "PQL";

    private SourceTables() {
    }

    /** The schemas PQL adds, by the names queries use. */
    static List<String> schemas(PqlConnection c) {
        List<String> names = new ArrayList<>();
        names.add(PQL);
        for (Attachment a : c.engine().catalog().sources()) {
            names.add(a.name());
        }
        return names;
    }

    /** Whether a metadata call's filters can select a schema PQL adds. */
    static boolean wanted(PqlConnection c, String catalog, String schemaPattern) throws SQLException {
        if (catalog != null && !catalog.equalsIgnoreCase(c.getCatalog())) {
            return false;
        }
        return schemas(c).stream().anyMatch(s -> MetaRows.like(schemaPattern, s));
    }

    static ResultSet schemasRows(PqlConnection c, DatabaseMetaData store, String catalog, String pattern)
            throws SQLException {
        ResultSet base = catalog == null && pattern == null ? store.getSchemas() : store.getSchemas(catalog, pattern);
        MetaRows rows = MetaRows.copy(base).removeIf("TABLE_SCHEM", PQL);
        if (catalog == null || catalog.equalsIgnoreCase(c.getCatalog())) {
            for (String s : schemas(c)) {
                if (MetaRows.like(pattern, s)) {
                    rows.add(Map.of("TABLE_SCHEM", s, "TABLE_CATALOG", c.getCatalog(), "IS_DEFAULT", false));
                }
            }
        }
        return rows.sort("TABLE_CATALOG", "TABLE_SCHEM").build();
    }

    /** Adds the tables of PQL's schemas (the pql system tables are views, as they were in the store). */
    static void addTables(PqlConnection c, MetaRows rows, String schemaPattern, String tablePattern, String[] types)
            throws SQLException {
        rows.removeIf("TABLE_SCHEM", PQL);
        for (String s : schemas(c)) {
            if (!MetaRows.like(schemaPattern, s)) {
                continue;
            }
            String type = s.equals(PQL) ? "VIEW" : null;
            if (types != null && type != null && List.of(types).stream().noneMatch(type::equalsIgnoreCase)) {
                continue;
            }
            java.util.Set<String> models = s.equals(PQL) ? java.util.Set.copyOf(c.engine().models().models())
                    : java.util.Set.of();
            read(c, s, md -> md.getTables(null, s, tablePattern, null), rows, row -> {
                if (models.contains(String.valueOf(row.get("TABLE_NAME")))) {
                    return false; // a model is listed once, as a MODEL (ModelTables)
                }
                if (type != null) {
                    row.put("TABLE_TYPE", type);
                }
                Object t = row.get("TABLE_TYPE");
                return types == null || List.of(types).stream().anyMatch(w -> w.equalsIgnoreCase(String.valueOf(t)));
            });
        }
    }

    static void addColumns(PqlConnection c, MetaRows rows, String schemaPattern, String tablePattern,
            String columnPattern) throws SQLException {
        rows.removeIf("TABLE_SCHEM", PQL);
        for (String s : schemas(c)) {
            if (MetaRows.like(schemaPattern, s)) {
                java.util.Set<String> models = s.equals(PQL) ? java.util.Set.copyOf(c.engine().models().models())
                        : java.util.Set.of();
                read(c, s, md -> md.getColumns(null, s, tablePattern, columnPattern), rows,
                        row -> !models.contains(String.valueOf(row.get("TABLE_NAME"))));
            }
        }
    }

    private interface Ask {
        ResultSet ask(DatabaseMetaData md) throws SQLException;
    }

    private static void read(PqlConnection c, String schema, Ask ask, MetaRows rows,
            java.util.function.Predicate<Map<String, Object>> keep) throws SQLException {
        try {
            Connection calcite = c.session().sql().calcite();
            String catalog = c.getCatalog();
            rows.addAll(ask.ask(calcite.getMetaData()), row -> {
                row.put("TABLE_CAT", catalog);
                return keep.test(row);
            });
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Schema " + schema + " left out of the metadata: " + e.getMessage());
        }
    }
}
