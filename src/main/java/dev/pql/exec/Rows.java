package dev.pql.exec;

import java.sql.Types;
import java.util.List;
import org.h2.tools.SimpleResultSet;

/** Small fixed-schema result sets (catalog answers, metrics), built on H2's ResultSet implementation. */
final class Rows {
    private final SimpleResultSet rs = new SimpleResultSet();
    private final boolean upperCase;

    Rows() {
        this(false);
    }

    private Rows(boolean upperCase) {
        this.upperCase = upperCase;
    }

    /** Rows for a view in the store, whose unquoted identifiers are upper case (H2 folds them so). */
    static Rows forStore() {
        return new Rows(true);
    }

    private String name(String name) {
        return upperCase ? name.toUpperCase(java.util.Locale.ROOT) : name;
    }

    Rows text(String name) {
        rs.addColumn(name(name), Types.VARCHAR, Integer.MAX_VALUE, 0);
        return this;
    }

    Rows integer(String name) {
        rs.addColumn(name(name), Types.INTEGER, 10, 0);
        return this;
    }

    Rows bool(String name) {
        rs.addColumn(name(name), Types.BOOLEAN, 1, 0);
        return this;
    }

    Rows number(String name) {
        rs.addColumn(name(name), Types.DOUBLE, 17, 0);
        return this;
    }

    Rows add(Object... values) {
        rs.addRow(values);
        return this;
    }

    Rows addAll(List<Object[]> rows) {
        rows.forEach(rs::addRow);
        return this;
    }

    SimpleResultSet build() {
        return rs;
    }
}
