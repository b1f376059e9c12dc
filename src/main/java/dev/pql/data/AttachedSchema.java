package dev.pql.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Schemas;
import org.apache.calcite.schema.lookup.IgnoreCaseLookup;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.AnsiSqlDialect;

/**
 * An attached database in Calcite: {@code crm.customers} is a table of the source's default schema
 * and {@code crm.sales.orders} one of its other schemas. Calcite's JDBC adapter pushes filters,
 * projections, joins and aggregates within one source down to it as SQL in the source's dialect.
 * The dialect comes from the product the source named when it was attached, so building the schema
 * never connects: an unreachable source fails the queries that use it, and only those.
 */
final class AttachedSchema extends JdbcSchema {
    private final DataSource dataSource;
    private final String sourceName;
    private final SqlDialect dialect;
    private final Map<String, JdbcSchema> children = new ConcurrentHashMap<>();
    private SchemaPlus self;
    private Set<String> schemaNames;

    private AttachedSchema(DataSource ds, SqlDialect dialect, JdbcConvention convention, String schema, String name) {
        super(ds, dialect, convention, null, schema);
        this.dataSource = ds;
        this.dialect = dialect;
        this.sourceName = name;
    }

    static void addTo(SchemaPlus root, JdbcSource source) {
        Attachment a = source.attachment();
        SqlDialect dialect = dialect(a.product());
        Expression expression = Schemas.subSchemaExpression(root, a.name(), JdbcSchema.class);
        AttachedSchema schema = new AttachedSchema(source.dataSource(), dialect,
                JdbcConvention.of(dialect, expression, a.name()), a.schema(), a.name());
        schema.self = root.add(a.name(), schema);
    }

    static SqlDialect dialect(String product) {
        if (product == null) {
            return AnsiSqlDialect.DEFAULT;
        }
        SqlDialect.DatabaseProduct p = SqlDialect.getProduct(product, null);
        return p == SqlDialect.DatabaseProduct.UNKNOWN ? AnsiSqlDialect.DEFAULT : p.getDialect();
    }

    @Override
    public Lookup<? extends Schema> subSchemas() {
        return new IgnoreCaseLookup<JdbcSchema>() {
            @Override
            public JdbcSchema get(String name) {
                return schemaNames().contains(name) ? children.computeIfAbsent(name, AttachedSchema.this::child) : null;
            }

            @Override
            public Set<String> getNames(LikePattern pattern) {
                return LookupNames.matching(schemaNames(), pattern);
            }
        };
    }

    private JdbcSchema child(String schema) {
        Expression expression = Schemas.subSchemaExpression(self, schema, JdbcSchema.class);
        return new JdbcSchema(dataSource, dialect, JdbcConvention.of(dialect, expression, sourceName + "." + schema),
                null, schema);
    }

    private synchronized Set<String> schemaNames() {
        if (schemaNames == null) {
            Set<String> names = new LinkedHashSet<>();
            try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getSchemas()) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_SCHEM"));
                }
            } catch (SQLException e) {
                // Unreachable now: no other schemas to offer. The query fails (08001) where it reads a table,
                // with the driver's reason; the next query asks again.
                return Set.of();
            }
            schemaNames = names;
        }
        return schemaNames;
    }
}
