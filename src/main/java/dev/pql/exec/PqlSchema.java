package dev.pql.exec;

import dev.pql.data.CalciteValues;
import dev.pql.data.Catalog;
import dev.pql.data.RowsTable;
import dev.pql.registry.ModelStore;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;
import org.h2.tools.SimpleResultSet;

/**
 * The {@code pql} schema as Calcite sees it: one table per {@link SystemTables} answer, its rows
 * read from the registry each time a query scans it (so they are always current).
 */
final class PqlSchema extends AbstractSchema {
    private final Map<String, Table> tables = new LinkedHashMap<>();

    PqlSchema(ModelStore models, Catalog catalog, Jobs jobs) {
        add("MODELS", (c, only) -> SystemTables.models(models, only));
        add("MODEL_VERSIONS", (c, only) -> SystemTables.modelVersions(models, only));
        add("FEATURES", (c, only) -> SystemTables.features(models, only));
        add("METRICS", (c, only) -> SystemTables.metrics(models, only));
        add("TRAINING_LOG", (c, only) -> SystemTables.trainingLog(models, only));
        add("SOURCES", (c, only) -> SystemTables.sources(catalog, only));
        add("JOBS", (c, only) -> SystemTables.jobs(jobs, only));
        add("DRIFT", (c, only) -> SystemTables.drift(models, only));
    }

    private void add(String name, BiFunction<Void, Boolean, SimpleResultSet> rows) {
        try {
            SimpleResultSet shape = rows.apply(null, true);
            List<SqlTypeName> types = CalciteValues.types(shape.getMetaData());
            tables.put(name, new RowsTable(CalciteValues.names(shape.getMetaData()), types,
                    () -> CalciteValues.rows(rows.apply(null, false), types)));
        } catch (SQLException e) {
            throw new IllegalStateException("pql." + name + " has no columns: " + e.getMessage(), e);
        }
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return tables;
    }
}
