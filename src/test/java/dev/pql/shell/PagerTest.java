package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private int firstWrites;

    /** A 5-row, 10-column screen answering with the given keys. */
    private static Screen screen(Integer... keys) {
        Deque<Integer> queue = new ArrayDeque<>(List.of(keys));
        return new Screen() {
            @Override
            public int width() {
                return 10;
            }

            @Override
            public int height() {
                return 5;
            }

            @Override
            public boolean color() {
                return false;
            }

            @Override
            public int readKey() {
                return queue.isEmpty() ? -1 : queue.poll();
            }
        };
    }

    private PrintStream pager(Screen screen, boolean paging) {
        return new PrintStream(new Pager(console, screen, Ansi.OFF, paging, () -> firstWrites++),
                true, StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return List.of(bytes.toString(StandardCharsets.UTF_8).replace("\r\u001b[K", "")
                .split("\n"));
    }

    @Test
    void stopsAfterEachScreenfulAndSpaceShowsTheNext() {
        PrintStream p = pager(screen((int) ' '), true);
        for (int i = 1; i <= 7; i++) {
            p.println("row " + i);
        }
        assertEquals("row 4", lines().get(3));
        assertEquals(true, lines().get(4).startsWith("--More--"), lines().toString());
        assertEquals("row 5", lines().get(4).substring(lines().get(4).indexOf("row 5")));
        assertEquals(1, firstWrites);
    }

    @Test
    void quitStopsTheResultAndWrappedLinesCount() {
        PrintStream p = pager(screen((int) 'q'), true);
        p.println("x".repeat(25)); // three screen lines at width 10
        assertThrows(Pager.Quit.class, () -> {
            p.println("two");
            p.println("three");
        });
    }

    @Test
    void withoutPagingEverythingPassesThrough() {
        PrintStream p = pager(screen(), false);
        for (int i = 0; i < 20; i++) {
            p.println("r" + i);
        }
        assertEquals(20, lines().size());
        assertEquals(1, firstWrites);
    }
}
