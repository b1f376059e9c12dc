package dev.pql.config;

import java.sql.Types;
import java.util.Optional;

/**
 * Guesses a column's feature type from its SQL type and statistics, as Ludwig's auto-config
 * does. A column that carries no signal (constant, or a unique ID) gets no type, with the reason.
 */
public final class TypeInference {
    /** Output categories above this many distinct integers are treated as numbers. */
    static final int MAX_INTEGER_CLASSES = 10;

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
        if (p.distinct() <= 1) {
            return Guess.drop("constant (" + p.distinct() + " distinct value)");
        }
        if (p.sqlType() == Types.BOOLEAN || p.sqlType() == Types.BIT || (p.booleanLike() && p.distinct() <= 2)) {
            return Guess.of(FeatureType.BINARY, "two boolean values");
        }
        if (p.numericShare() >= 0.99) {
            if (p.integerValued() && p.distinctShare() >= 0.999 && p.rows() > 20 && !isNumericSqlType(p.sqlType())) {
                return Guess.drop("unique integer values, looks like an ID");
            }
            return Guess.of(FeatureType.NUMBER, "numeric values");
        }
        if (p.dateShare() >= 0.99) {
            return Guess.of(FeatureType.DATE, "date values");
        }
        if (p.averageTokens() >= 3) {
            return Guess.of(FeatureType.TEXT, String.format("%.1f words per value on average", p.averageTokens()));
        }
        if (p.distinctShare() >= 0.999 && p.rows() > 20) {
            return Guess.drop("every value unique and short, looks like an ID");
        }
        if (p.distinctShare() > 0.5 && p.averageTokens() > 1.5) {
            return Guess.of(FeatureType.TEXT, "mostly unique multi-word values");
        }
        return Guess.of(FeatureType.CATEGORY, p.distinct() + " distinct values");
    }

    /** The type of an output feature column: never dropped. */
    public static FeatureType output(ColumnProfile p) {
        if (p.sqlType() == Types.BOOLEAN || p.sqlType() == Types.BIT) {
            return FeatureType.BINARY;
        }
        if (p.numericShare() >= 0.99) {
            boolean fewIntegers = p.integerValued() && p.distinct() <= MAX_INTEGER_CLASSES;
            return fewIntegers ? FeatureType.CATEGORY : FeatureType.NUMBER;
        }
        if (p.booleanLike() && p.distinct() <= 2) {
            return FeatureType.BINARY;
        }
        return FeatureType.CATEGORY;
    }

    private static boolean isNumericSqlType(int t) {
        return switch (t) {
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> true;
            default -> false;
        };
    }
}
