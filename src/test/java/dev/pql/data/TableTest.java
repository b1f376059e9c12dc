package dev.pql.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columnar table gives back every value as the result set gave it, and its views choose rows without copying. */
class TableTest {

    @Test
    void everyValueComesBackAsItWasReadOfTheSameClass() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:table_test"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (d DOUBLE, r REAL, b BIGINT, i INT, v VARCHAR, f BOOLEAN, n NUMERIC(10, 2), ts TIMESTAMP,"
                    + " y VARBINARY)");
            s.execute("INSERT INTO t VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
                    + " (-0.0, 1.5, 9007199254740993, -7, 'a', TRUE, 1.10, TIMESTAMP '2026-01-02 03:04:05', X'01'),"
                    + " (CAST('NaN' AS DOUBLE), 2.5, 3, 4, 'a', FALSE, 1.10, TIMESTAMP '2026-01-02 03:04:05', X'0203'),"
                    + " (1e300, NULL, NULL, 5, NULL, NULL, 2.00, NULL, X'')");
            List<Object[]> expected = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT * FROM t")) {
                while (rs.next()) {
                    Object[] row = new Object[9];
                    for (int k = 0; k < 9; k++) {
                        row[k] = rs.getObject(k + 1);
                    }
                    expected.add(row);
                }
            }
            Table table = Table.read(s.executeQuery("SELECT * FROM t"));
            assertEquals(4, table.size());
            assertEquals(List.of("D", "R", "B", "I", "V", "F", "N", "TS", "Y"), table.columns());
            for (int r = 0; r < 4; r++) {
                Object[] got = table.rows().get(r);
                for (int k = 0; k < 9; k++) {
                    Object want = expected.get(r)[k];
                    if (want instanceof byte[] bytes) {
                        assertArrayEquals(bytes, (byte[]) got[k]);
                    } else {
                        assertEquals(want, got[k], "row " + r + " column " + k);
                        assertEquals(want == null ? null : want.getClass(), got[k] == null ? null : got[k].getClass());
                    }
                }
            }
            assertEquals(new BigDecimal("1.10"), table.value(1, 6)); // the scale too
            assertNotSame(table.value(1, 7), table.value(2, 7), "a mutable Timestamp is never shared between rows");
            assertInstanceOf(Timestamp.class, table.value(1, 7));
        }
    }

    @Test
    void aColumnOfMixedClassesKeepsEachValueAsItCame() {
        Table t = new Table(List.of("x"), new int[] {Types.OTHER}, rows(null, 1.0, 2L, "three", 4, 5.0f, null));
        assertEquals(Arrays.asList(null, 1.0, 2L, "three", 4, 5.0f, null), t.column(0));
        assertEquals(Long.class, t.value(2, 0).getClass());
        Table signs = new Table(List.of("d"), new int[] {Types.DOUBLE}, rows(-0.0, Double.NaN, null));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) signs.value(0, 0)));
        assertEquals(Arrays.asList(-0.0, Double.NaN, null), signs.column(0));
    }

    @Test
    void distinctTextsPastTheDictionaryCheckAreKeptAsObjectsAndRepeatsShareOneInstance() {
        List<Object[]> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(new Object[] {"id-" + i, "class-" + (i % 3)});
        }
        Table t = new Table(List.of("id", "label"), new int[] {Types.VARCHAR, Types.VARCHAR}, many);
        for (int i = 0; i < 10_000; i += 997) {
            assertEquals("id-" + i, t.value(i, 0));
            assertEquals("class-" + (i % 3), t.value(i, 1));
        }
        assertSame(t.value(0, 1), t.value(3, 1));
        assertEquals(Column.Objects.class, t.storage(0), "ten thousand distinct ids: a dictionary would not pay");
        assertEquals(Column.Coded.class, t.storage(1), "three labels: codes");
    }

    @Test
    void numbersAreHeldAsPrimitivesWithTheMissingMarked() {
        Table t = new Table(List.of("d", "l", "i", "f"), new int[] {Types.DOUBLE, Types.BIGINT, Types.INTEGER, Types.REAL},
                List.of(new Object[] {null, 1L, 2, 3f}, new Object[] {0.5, null, null, null}));
        assertEquals(List.of(Column.Doubles.class, Column.Longs.class, Column.Ints.class, Column.Floats.class),
                List.of(t.storage(0), t.storage(1), t.storage(2), t.storage(3)));
        assertEquals(Arrays.asList(null, 0.5), t.column(0));
        assertEquals(Arrays.asList(1L, null), t.column(1));
        assertEquals(Arrays.asList(2, null), t.column(2));
        assertEquals(Arrays.asList(3f, null), t.column(3));
    }

    @Test
    void viewsChooseAndMapRowsOverTheSameColumns() {
        Table t = new Table(List.of("k", "y"), new int[] {Types.INTEGER, Types.VARCHAR},
                List.of(new Object[] {1, "a"}, new Object[] {2, null}, new Object[] {3, "b"}, new Object[] {4, null}));
        Table labelled = t.where(r -> t.value(r, 1) != null);
        assertEquals(List.of(1, 3), labelled.column(0));
        Table filled = t.mapColumn(1, v -> v == null ? "?" : v);
        assertEquals(List.of("a", "?", "b", "?"), filled.column(1));
        Table chosen = filled.where(r -> (Integer) filled.value(r, 0) % 2 == 0).select(new int[] {1, 0});
        assertEquals(List.of(4, 2), chosen.column(0));
        assertEquals(List.of("?", "?"), chosen.column(1));
        Table target = filled.where(r -> (Integer) filled.value(r, 0) > 1).keepOnly(1);
        assertEquals(List.of("y"), target.columns());
        assertEquals(List.of("?", "b", "?"), target.column(0));
        assertSame(t, t.where(r -> true));
        Object[] row = t.rows().get(0);
        row[0] = 99; // a row is a fresh array: changing it changes nothing in the table
        assertEquals(1, t.value(0, 0));
        assertNull(t.value(1, 1));
        Table view = t.where(r -> t.value(r, 1) != null);
        Table kept = t.keepOnly(0);
        t.release(0);
        assertThrows(IllegalStateException.class, () -> view.value(0, 0), "a released column is released in every view");
        assertEquals("a", view.value(0, 1));
        assertEquals(List.of(1, 2, 3, 4), kept.column(0), "keepOnly holds its column itself");
    }

    @Test
    void aLargeColumnCrossesItsChunksAndMayTurnIntoObjectsLate() {
        int n = Column.CHUNK * 2 + 123;
        List<Object[]> many = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object mixed = i < 3 ? null : i == n - 5 ? "late text" : (Object) (double) i;
            many.add(new Object[] {i % 1000 == 0 ? null : (Object) (i * 0.5), mixed, i % 7 == 0 ? null : "k" + (i % 5)});
        }
        Table t = new Table(List.of("d", "m", "k"), new int[] {Types.DOUBLE, Types.OTHER, Types.VARCHAR}, many);
        assertEquals(Column.Doubles.class, t.storage(0));
        assertEquals(Column.Objects.class, t.storage(1));
        assertEquals(Column.Coded.class, t.storage(2));
        for (int i = 0; i < n; i++) {
            assertEquals(many.get(i)[0], t.value(i, 0), "row " + i);
            assertEquals(many.get(i)[1], t.value(i, 1), "row " + i);
            assertEquals(many.get(i)[2], t.value(i, 2), "row " + i);
        }
    }

    private static List<Object[]> rows(Object... values) {
        List<Object[]> out = new ArrayList<>();
        for (Object v : values) {
            out.add(new Object[] {v});
        }
        return out;
    }
}
