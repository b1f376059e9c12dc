package dev.pql.config;

/**
 * What type inference knows of one column: its SQL type (java.sql.Types) and statistics over the
 * rows read. Computed by the data stage; consumed by {@link TypeInference}.
 */
public record ColumnProfile(
        String name,
        int sqlType,
        long rows,
        long nulls,
        long distinct,
        double numericShare,
        boolean integerValued,
        boolean booleanLike,
        double dateShare,
        double averageTokens) {

    /** Share of non-null values that are distinct (1.0 for an ID column). */
    public double distinctShare() {
        long present = rows - nulls;
        return present == 0 ? 0 : (double) distinct / present;
    }
}
