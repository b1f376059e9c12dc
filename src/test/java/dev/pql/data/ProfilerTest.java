package dev.pql.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pql.config.ColumnProfile;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile type inference reads, on values of every kind a column can hold. */
class ProfilerTest {

    @Test
    void wordsAreCountedAsSplittingOnWhitespaceCounts() {
        for (String s : List.of("", "a", "a b", "a  b\tc", "a\nb\r\nc", "x\u000By\fz", "one two three four",
                "a\u00A0b", "tab\tat end", "trailing ", " leading")) {
            assertEquals(s.isEmpty() ? 0 : s.split("\\s+").length, Profiler.tokens(s), "'" + s + "'");
        }
    }

    @Test
    void columnsOfEachKind() {
        Table t = table(List.of(
                new Object[] {1L, 1.0, 0.5, "3", "true", Boolean.TRUE, new BigDecimal("1"), "2024-01-02", LocalDate.of(2024, 1, 2), "a b"},
                new Object[] {2L, 2.0, 1e10, "4.5", "no", Boolean.FALSE, new BigDecimal("0"), "2024-01-03 10:00", null, "c"},
                new Object[] {2L, 3.0, 1e10, "x", "Y", Boolean.TRUE, new BigDecimal("1.0"), "soon", LocalDate.of(2024, 1, 3), " d  e f "},
                new Object[] {null, 1e8, -0.0, " 7 ", "0", null, new BigDecimal("1"), "2024-01-04", null, ""}));
        List<ColumnProfile> p = Profiler.profile(t);
        // rows, nulls, distinct, numeric share, integers, booleans, date share, tokens per value
        check(p.get(0), 4, 1, 2, 1.0, true, false, 0, 1);
        check(p.get(1), 4, 0, 4, 1.0, false, false, 0, 1); // 1.0E8 is written with an exponent: not an integer
        check(p.get(2), 4, 0, 3, 1.0, false, false, 0, 1);
        check(p.get(3), 4, 0, 4, 0.75, false, false, 0, 1);
        check(p.get(4), 4, 0, 4, 0.25, false, true, 0, 1); // '0' is a number too
        check(p.get(5), 4, 1, 2, 0, false, true, 0, 1);
        check(p.get(6), 4, 0, 3, 1.0, true, false, 0, 1); // 1 and 1.0 differ as decimals
        check(p.get(7), 4, 0, 4, 0, false, false, 0.75, 1.25);
        check(p.get(8), 4, 2, 2, 0, false, false, 1.0, 1);
        check(p.get(9), 4, 0, 4, 0, false, false, 0, 1.5);
    }

    private static void check(ColumnProfile c, long rows, long nulls, long distinct, double numeric, boolean integers,
            boolean booleans, double dates, double tokens) {
        String at = c.toString();
        assertEquals(rows, c.rows(), at);
        assertEquals(nulls, c.nulls(), at);
        assertEquals(distinct, c.distinct(), at);
        assertEquals(numeric, c.numericShare(), 1e-9, at);
        assertEquals(integers, c.integerValued(), at);
        assertEquals(booleans, c.booleanLike(), at);
        assertEquals(dates, c.dateShare(), 1e-9, at);
        assertEquals(tokens, c.averageTokens(), 1e-9, at);
    }

    private static Table table(List<Object[]> rows) {
        int n = rows.get(0).length;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("c" + i);
        }
        int[] types = new int[n];
        Arrays.fill(types, Types.VARCHAR);
        return new Table(names, types, rows);
    }
}
