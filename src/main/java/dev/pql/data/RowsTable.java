package dev.pql.data;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A table Calcite can scan whose rows come from PQL itself: a file of an attached folder, a
 * {@code pql} system table, a PREDICT. Rows are handed to Calcite as they are read (never
 * collected), already in Calcite's internal form (see {@link CalciteValues}).
 */
public final class RowsTable extends AbstractTable implements ScannableTable {
    /** Rows read one at a time, closed when Calcite is done with them (early or at the end). */
    public interface RowSource extends Iterator<Object[]>, AutoCloseable {
        @Override
        void close();
    }

    private final List<String> names;
    private final List<SqlTypeName> types;
    private final Supplier<RowSource> rows;

    public RowsTable(List<String> names, List<SqlTypeName> types, Supplier<RowSource> rows) {
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        this.rows = rows;
    }

    public List<String> names() {
        return names;
    }

    public List<SqlTypeName> types() {
        return types;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory factory) {
        RelDataTypeFactory.Builder b = factory.builder();
        for (int i = 0; i < names.size(); i++) {
            b.add(names.get(i), factory.createTypeWithNullability(factory.createSqlType(types.get(i)), true));
        }
        return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                return new Enumerator<>() {
                    private RowSource source = rows.get();
                    private Object[] current;

                    @Override
                    public Object[] current() {
                        return current;
                    }

                    @Override
                    public boolean moveNext() {
                        if (source.hasNext()) {
                            current = source.next();
                            return true;
                        }
                        return false;
                    }

                    @Override
                    public void reset() {
                        source.close();
                        source = rows.get();
                    }

                    @Override
                    public void close() {
                        source.close();
                    }
                };
            }
        };
    }
}
