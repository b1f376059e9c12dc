package dev.pql.config;

import java.sql.Types;
import java.util.Optional;

/**
 * Guesses a column's feature type from its SQL type and statistics, as Ludwig's auto-config does:
 * conventional booleans are binary, dates are dates, a few distinct integers are category codes,
 * other numbers (also when stored as text) are numbers, long values are text, the rest categories.
 * A column that carries no signal (no values, one value, or a unique ID) gets no type, with the reason.
 */
public final class TypeInference {
    /** At most this many distinct integers read as category codes (Pclass 1..3, a 1-5 rating), not amounts. */
    static final int MAX_INTEGER_CLASSES = 10;
    /** The share of values that must look like numbers (dates) for the column to be numbers (dates). */
    static final double MOSTLY = 0.95;
    /** Below this many values a column cannot be told from an ID by uniqueness. */
    private static final long ID_MIN_VALUES = 20;

    private TypeInference() {
    }

    /** A guess: the type, or empty with the reason the column should be dropped. */
    public record Guess(Optional<FeatureType> type, String reason) {
        static Guess of(FeatureType t, String reason) {
            return new Guess(Optional.of(t), reason);
        }

        static Guess drop(String reason) {
            return new Guess(Optional.empty(), reason);
        }
    }

    /** The type of an input feature column. */
    public static Guess input(ColumnProfile p) {
        long present = p.rows() - p.nulls();
        if (present == 0) {
            return Guess.drop("no values (every row is null)");
        }
        if (p.distinct() <= 1) {
            return Guess.drop("constant (1 distinct value)");
        }
        Guess g = guess(p, present);
        double nullShare = (double) p.nulls() / p.rows();
        return nullShare < 0.5 || g.type().isEmpty() ? g
                : Guess.of(g.type().get(), g.reason() + String.format(", %.0f%% missing", 100 * nullShare));
    }

    private static Guess guess(ColumnProfile p, long present) {
        if (isBoolean(p.sqlType()) || (p.booleanLike() && p.distinct() == 2)) {
            return Guess.of(FeatureType.BINARY, "two boolean values");
        }
        if (isDate(p.sqlType()) || p.dateShare() >= MOSTLY) {
            return Guess.of(FeatureType.DATE, "date values");
        }
        if (p.numericShare() >= MOSTLY) {
            if (p.integerValued() && p.distinctShare() >= 0.999 && present > ID_MIN_VALUES && !isFloat(p.sqlType())) {
                return Guess.drop("unique integer values, looks like an ID");
            }
            if (p.integerValued() && p.distinct() <= MAX_INTEGER_CLASSES && !isFloat(p.sqlType())) {
                return Guess.of(FeatureType.CATEGORY, p.distinct() + " distinct integer codes");
            }
            return Guess.of(FeatureType.NUMBER, isText(p.sqlType()) ? "numbers stored as text" : "numeric values");
        }
        if (p.averageTokens() >= 3) {
            return Guess.of(FeatureType.TEXT, String.format("%.1f words per value on average", p.averageTokens()));
        }
        if (p.distinctShare() > 0.5 && p.averageTokens() > 1.5) {
            return Guess.of(FeatureType.TEXT, "mostly unique multi-word values");
        }
        if (p.distinctShare() >= 0.999 && present > ID_MIN_VALUES) {
            return Guess.drop("every value unique and short, looks like an ID");
        }
        return Guess.of(FeatureType.CATEGORY, p.distinct() + " distinct values");
    }

    /** The type of an output feature column: never dropped. */
    public static FeatureType output(ColumnProfile p) {
        if (isBoolean(p.sqlType()) || (p.booleanLike() && p.distinct() <= 2)) {
            return FeatureType.BINARY;
        }
        if (p.numericShare() >= MOSTLY) {
            boolean codes = p.integerValued() && p.distinct() <= MAX_INTEGER_CLASSES && !isFloat(p.sqlType());
            return codes ? FeatureType.CATEGORY : FeatureType.NUMBER;
        }
        return FeatureType.CATEGORY;
    }

    private static boolean isBoolean(int t) {
        return t == Types.BOOLEAN || t == Types.BIT;
    }

    private static boolean isDate(int t) {
        return t == Types.DATE || t == Types.TIMESTAMP || t == Types.TIMESTAMP_WITH_TIMEZONE;
    }

    private static boolean isFloat(int t) {
        return switch (t) {
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> true;
            default -> false;
        };
    }

    private static boolean isText(int t) {
        return switch (t) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.CLOB -> true;
            default -> false;
        };
    }
}
