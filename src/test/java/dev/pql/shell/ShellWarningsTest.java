package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Shell behaviour that H2 cannot easily provoke, checked against a scripted fake driver. */
class ShellWarningsTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    /** A connection whose statements report {@code updateCount} and the given warnings. */
    private static Connection fake(int updateCount, SQLWarning warnings, RuntimeException failure) {
        Statement stmt = (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "execute" -> {
                        if (failure != null) {
                            throw failure;
                        }
                        yield false;
                    }
                    case "getUpdateCount" -> updateCount;
                    case "getWarnings" -> warnings;
                    default -> null;
                });
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("createStatement") ? stmt : null);
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void printsEveryChainedWarningAfterTheResult() {
        SQLWarning warnings = new SQLWarning("model retrained on 12 rows");
        warnings.setNextWarning(new SQLWarning("column x ignored"));
        assertTrue(new Shell(fake(-1, warnings, null), ps, ps, false).execute("TRAIN m", ""));
        assertEquals("OK\nWARNING: model retrained on 12 rows\nWARNING: column x ignored\n", text());
    }

    @Test
    void interactiveModePrintsElapsedTime() {
        assertTrue(new Shell(fake(5, null, null), ps, ps, true).execute("UPDATE t", ""));
        assertTrue(text().matches("OK, 5 rows affected\nTime: \\d+\\.\\d{3} s\n"), text());
    }

    @Test
    void driverRuntimeExceptionIsReportedNotThrown() {
        Shell shell = new Shell(fake(0, null, new IllegalStateException("boom")), ps, ps, false);
        assertFalse(shell.execute("SELECT 1", "f.pql:7: "));
        assertEquals("f.pql:7: ERROR: java.lang.IllegalStateException: boom\n", text());
    }
}
