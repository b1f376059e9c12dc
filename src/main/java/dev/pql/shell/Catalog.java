package dev.pql.shell;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
  * What the database holds, for completion and {@code \d}: tables and their columns from
  * {@link DatabaseMetaData}, models and their features from {@code SHOW MODELS} and
  * {@code DESCRIBE MODEL}. Answers are cached until {@link #invalidate()}; any failure (another
  * driver, a closed connection) yields empty lists, since completion is only a courtesy.
  */
class Catalog {

    /** One model as {@code SHOW MODELS} lists it. */
    record Model(String name, String target, String targetType, List<String> inputs) {}

    private final Connection connection;
    private List<String> tables;
    private final Map<String, List<String>> columns = new HashMap<>();
    private Map<String, Model> models;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** Forgets everything cached, after a statement that may have changed it. */
    synchronized void invalidate() {
        tables = null;
        columns.clear();
        models = null;
    }

    /** Names of the user's tables and views (system schemas left out). */
    synchronized List<String> tables() {
        if (tables == null) {
            tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData()
                    .getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !isSystemSchema(schema)) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // Completion must never fail the shell; an empty list is the honest answer.
            }
        }
        return tables;
    }

    /** Columns of {@code table} (any case), in table order; empty if there is no such table. */
    synchronized List<String> columns(String table) {
        String actual = find(tables(), table);
        if (actual == null) {
            return List.of();
        }
        return columns.computeIfAbsent(actual, t -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getColumns(null, null, t, "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || !isSystemSchema(schema)) {
                        out.add(rs.getString("COLUMN_NAME"));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // see tables()
            }
            return out;
        });
    }

    /** Names of the models, in catalog order. */
    List<String> models() {
        return List.copyOf(modelMap().keySet());
    }

    /** The model named {@code name} (any case), or null. */
    Model model(String name) {
        String actual = find(models(), name);
        return actual == null ? null : modelMap().get(actual);
    }

    /** The exact spelling of {@code name} in {@code names}, compared ignoring case, or null. */
    static String find(List<String> names, String name) {
        String n = unquote(name);
        for (String candidate : names) {
            if (candidate.equals(n)) {
                return candidate;
            }
        }
        for (String candidate : names) {
            if (candidate.equalsIgnoreCase(n)) {
                return candidate;
            }
        }
        return null;
    }

    static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    private synchronized Map<String, Model> modelMap() {
        if (models == null) {
            models = new LinkedHashMap<>();
            try (Statement stmt = connection.createStatement();
                    ResultSet rs = stmt.executeQuery("SHOW MODELS")) {
                while (rs.next()) {
                    String inputs = rs.getString("input_features");
                    List<String> names = inputs == null || inputs.isBlank() ? List.of()
                            : List.of(inputs.split("\\s*,\\s*"));
                    String name = rs.getString("model");
                    models.put(name, new Model(name, rs.getString("target"), rs.getString("target_type"),
                            names));
                }
            } catch (SQLException | RuntimeException e) {
                // Not a PQL database (or none yet): no models to offer.
            }
        }
        return models;
    }

    private static boolean isSystemSchema(String schema) {
        String s = schema.toUpperCase(Locale.ROOT);
        return s.equals("INFORMATION_SCHEMA") || s.equals("PG_CATALOG") || s.equals("SYS");
    }
}
