package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.data.Profiler;
import dev.pql.data.Table;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Type inference on generated columns of every type, including the ones other tools get wrong. */
class TypeInferenceTest {
    private static final int ROWS = 200;
    private static final String[] WORDS = {"the", "offer", "meeting", "win", "cash", "report", "lunch", "free",
        "project", "click", "now", "today", "urgent", "notes", "team"};

    /** Profiles one generated column the way CREATE MODEL does. */
    private static ColumnProfile column(int sqlType, IntFunction<Object> value) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {value.apply(i)});
        }
        return Profiler.profile(new Table(List.of("C"), new int[] {sqlType}, rows)).get(0);
    }

    private static Optional<FeatureType> input(int sqlType, IntFunction<Object> value) {
        return TypeInference.input(column(sqlType, value)).type();
    }

    private static String sentence(int i) {
        Random r = new Random(i);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 4 + r.nextInt(8); w++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void binary() {
        assertEquals(Optional.of(FeatureType.BINARY), input(Types.BOOLEAN, i -> i % 3 == 0));
        assertEquals(Optional.of(FeatureType.BINARY), input(Types.VARCHAR, i -> i % 3 == 0 ? "yes" : "no"));
        assertEquals(Optional.of(FeatureType.BINARY), input(Types.INTEGER, i -> i % 2));
        assertEquals(Optional.of(FeatureType.BINARY), input(Types.VARCHAR, i -> i % 5 == 0 ? null : i % 2 == 0 ? "T" : "F"));
    }

    @Test
    void numbers() {
        assertEquals(Optional.of(FeatureType.NUMBER), input(Types.DOUBLE, i -> i * 1.5 + 0.25));
        assertEquals(Optional.of(FeatureType.NUMBER), input(Types.INTEGER, i -> 18 + (i * 7) % 60));
    }

    @Test
    void numbersStoredAsText() {
        ColumnProfile p = column(Types.VARCHAR, i -> String.format("%.2f", i * 0.37));
        assertEquals(Optional.of(FeatureType.NUMBER), TypeInference.input(p).type());
        assertEquals("numbers stored as text", TypeInference.input(p).reason());
        // A few placeholders among them ("n/a") do not make the column categorical.
        assertEquals(Optional.of(FeatureType.NUMBER), input(Types.VARCHAR, i -> i % 40 == 0 ? "n/a" : String.valueOf(i * 3.5)));
        assertEquals(FeatureType.NUMBER, TypeInference.output(column(Types.VARCHAR, i -> String.valueOf(i * 2.5))));
    }

    @Test
    void integerCodesAreCategories() {
        ColumnProfile pclass = column(Types.INTEGER, i -> 1 + i % 3);
        assertEquals(Optional.of(FeatureType.CATEGORY), TypeInference.input(pclass).type());
        assertEquals("3 distinct integer codes", TypeInference.input(pclass).reason());
        assertEquals(FeatureType.CATEGORY, TypeInference.output(pclass));
        assertEquals(FeatureType.CATEGORY, TypeInference.output(column(Types.VARCHAR, i -> String.valueOf(1 + i % 5))));
        // Few distinct values of a floating type are amounts, not codes.
        assertEquals(Optional.of(FeatureType.NUMBER), input(Types.DOUBLE, i -> (double) (i % 3)));
    }

    @Test
    void categoriesAndTwoValuedStrings() {
        assertEquals(Optional.of(FeatureType.CATEGORY), input(Types.VARCHAR, i -> new String[] {"red", "green", "blue"}[i % 3]));
        ColumnProfile sex = column(Types.VARCHAR, i -> i % 2 == 0 ? "male" : "female");
        assertEquals(Optional.of(FeatureType.CATEGORY), TypeInference.input(sex).type());
        assertEquals(FeatureType.CATEGORY, TypeInference.output(sex));
        assertEquals(FeatureType.CATEGORY, TypeInference.output(column(Types.VARCHAR, i -> i % 4 == 0 ? "spam" : "ham")));
        assertEquals(FeatureType.BINARY, TypeInference.output(column(Types.VARCHAR, i -> i % 4 == 0 ? "Yes" : "No")));
        assertEquals(FeatureType.BINARY, TypeInference.output(column(Types.INTEGER, i -> i % 2)));
        assertEquals(FeatureType.BINARY, TypeInference.output(column(Types.BOOLEAN, i -> i % 2 == 0)));
    }

    @Test
    void text() {
        assertEquals(Optional.of(FeatureType.TEXT), input(Types.VARCHAR, TypeInferenceTest::sentence));
        // Short but mostly unique multi-word values (titles, names) are text, not a huge category.
        assertEquals(Optional.of(FeatureType.TEXT), input(Types.VARCHAR, i -> WORDS[i % 15] + " " + i));
        assertEquals(FeatureType.CATEGORY, TypeInference.output(column(Types.VARCHAR, TypeInferenceTest::sentence)));
    }

    @Test
    void dates() {
        assertEquals(Optional.of(FeatureType.DATE), input(Types.VARCHAR, i -> String.format("2024-%02d-%02d", 1 + i % 12,
                1 + i % 28)));
        assertEquals(Optional.of(FeatureType.DATE), input(Types.DATE, i -> java.sql.Date.valueOf("2020-01-01")
                .toLocalDate().plusDays(i).toString()));
    }

    @Test
    void dropsColumnsWithoutSignal() {
        TypeInference.Guess constant = TypeInference.input(column(Types.VARCHAR, i -> "same"));
        assertEquals(Optional.empty(), constant.type());
        assertEquals("constant (1 distinct value)", constant.reason());
        TypeInference.Guess empty = TypeInference.input(column(Types.VARCHAR, i -> null));
        assertEquals("no values (every row is null)", empty.reason());
        TypeInference.Guess id = TypeInference.input(column(Types.INTEGER, i -> 1000 + i));
        assertEquals("unique integer values, looks like an ID", id.reason());
        TypeInference.Guess key = TypeInference.input(column(Types.VARCHAR, i -> "K" + Integer.toHexString(i * 7919)));
        assertEquals("every value unique and short, looks like an ID", key.reason());
    }

    @Test
    void mostlyNullColumnsAreTypedByTheirValues() {
        TypeInference.Guess g = TypeInference.input(column(Types.DOUBLE, i -> i % 20 == 0 ? i * 1.5 : null));
        assertEquals(Optional.of(FeatureType.NUMBER), g.type());
        assertTrue(g.reason().endsWith("95% missing"), g.reason());
        // Ten distinct values among ten present rows is not an ID: too few values to tell.
        assertEquals(Optional.of(FeatureType.CATEGORY), input(Types.VARCHAR, i -> i % 20 == 0 ? "v" + i : null));
    }
}
