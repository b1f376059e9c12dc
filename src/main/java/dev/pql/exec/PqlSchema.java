package dev.pql.exec;

import dev.pql.data.CalciteValues;
import dev.pql.data.Catalog;
import dev.pql.data.LookupNames;
import dev.pql.data.RowsTable;
import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.IgnoreCaseLookup;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.sql.type.SqlTypeName;
import org.h2.tools.SimpleResultSet;

/**
 * The {@code pql} schema as Calcite sees it: one table per {@link SystemTables} answer, its rows
 * read from the registry each time a query scans it (so they are always current). Each model is a
 * table too, whose rows are its DESCRIBE MODEL answer: a client's navigator lists models (as type
 * MODEL, see the JDBC metadata, which leaves them out of the views) and opening one shows its
 * features.
 */
final class PqlSchema extends AbstractSchema {
    private final Map<String, RowsTable> system = new LinkedHashMap<>();
    private final ModelStore models;

    PqlSchema(ModelStore models, Catalog catalog, Jobs jobs) {
        this.models = models;
        add("MODELS", only -> SystemTables.models(models, only));
        add("MODEL_VERSIONS", only -> SystemTables.modelVersions(models, only));
        add("FEATURES", only -> SystemTables.features(models, only));
        add("METRICS", only -> SystemTables.metrics(models, only));
        add("TRAINING_LOG", only -> SystemTables.trainingLog(models, only));
        add("SOURCES", only -> SystemTables.sources(catalog, only));
        add("JOBS", only -> SystemTables.jobs(jobs, only));
        add("DRIFT", only -> SystemTables.drift(models, only));
        add("TRIALS", only -> SystemTables.trials(models, only));
        // The engine's vocabulary, so that tools (and the shell, remotely too) ask rather than copy it.
        add("STATEMENTS", EngineVocabulary::statements);
        add("FEATURE_TYPES", EngineVocabulary::featureTypes);
        add("ENCODERS", EngineVocabulary::encoders);
        add("OPTIONS", EngineVocabulary::options);
    }

    private void add(String name, Function<Boolean, SimpleResultSet> rows) {
        try {
            SimpleResultSet shape = rows.apply(true);
            List<SqlTypeName> types = CalciteValues.types(shape.getMetaData());
            system.put(name, new RowsTable(CalciteValues.names(shape.getMetaData()), types,
                    () -> CalciteValues.rows(rows.apply(false), types)));
        } catch (SQLException e) {
            throw new IllegalStateException("pql." + name + " has no columns: " + e.getMessage(), e);
        }
    }

    /**
     * A model as a table: its active version's DESCRIBE MODEL rows. The columns are DESCRIBE's own,
     * so naming the table loads nothing; the model is read when the table is scanned.
     */
    private RowsTable modelTable(String name) {
        try (ResultSet shape = CatalogCommands.describeColumns().build()) {
            List<SqlTypeName> types = CalciteValues.types(shape.getMetaData());
            return new RowsTable(CalciteValues.names(shape.getMetaData()), types,
                    () -> CalciteValues.rows(CatalogCommands.describe(models,
                            new Ast.DescribeModel(new Ast.Name(name, true, new Ast.Position(1, 1)), null)).resultSet(), types));
        } catch (SQLException e) {
            throw new IllegalStateException("DESCRIBE MODEL has no columns: " + e.getMessage(), e);
        }
    }

    private boolean isModel(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") && models.exists(name);
    }

    @Override
    public Lookup<Table> tables() {
        return new IgnoreCaseLookup<>() {
            @Override
            public Table get(String name) {
                Table t = system.get(name);
                if (t != null) {
                    return t;
                }
                return isModel(name) ? modelTable(name) : null;
            }

            @Override
            public Set<String> getNames(LikePattern pattern) {
                Set<String> names = LookupNames.matching(system.keySet(), pattern);
                names.addAll(LookupNames.matching(models.models(), pattern));
                return names;
            }

            @Override
            public org.apache.calcite.schema.lookup.Named<Table> getIgnoreCase(String name) {
                for (Map.Entry<String, RowsTable> e : system.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(name)) {
                        return new org.apache.calcite.schema.lookup.Named<>(e.getKey(), e.getValue());
                    }
                }
                return isModel(name) ? new org.apache.calcite.schema.lookup.Named<>(name, modelTable(name)) : null;
            }
        };
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return Map.copyOf(system);
    }
}
