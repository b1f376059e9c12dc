package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlline, a real JDBC command-line client, runs a script against the driver in a JVM of its own:
 * connect, {@code !tables}, {@code !columns}, CREATE MODEL, PREDICT, EVALUATE. Its jar (with its own
 * JLine 3.21 inside) comes first on that JVM's class path, so it never mixes with PQL's JLine.
 */
class SqllineTest {
    @TempDir
    Path dir;

    @Test
    void scriptRunsThroughSqlline() throws Exception {
        Path sqlline = sqllineJar();
        assumeTrue(sqlline != null, "sqlline:sqlline:jar-with-dependencies is not on the test class path");
        Path script = Files.writeString(dir.resolve("script.sql"), String.join("\n",
                "CREATE TABLE people (id INT PRIMARY KEY, age INT, city VARCHAR(20), buys VARCHAR(6));",
                "INSERT INTO people SELECT x, 18 + MOD(x * 7, 60), CASEWHEN(MOD(x, 2) = 0, 'Paris', 'Lyon'),"
                        + " CASEWHEN(18 + MOD(x * 7, 60) < 30, 'none',"
                        + " CASEWHEN(18 + MOD(x * 7, 60) < 50, 'some', 'lots'))"
                        + " FROM SYSTEM_RANGE(1, 40);",
                "!tables",
                "!columns PEOPLE",
                Fixtures.CREATE_MODEL + ";",
                "PREDICT buys WITH CONFIDENCE USING buyer GIVEN age = 33, city = 'Nice';",
                "EVALUATE buyer GIVEN SELECT * FROM people;",
                "!tables", // now with the model
                "!quit", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = sqlline + File.pathSeparator + testClassPath();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", classPath, "sqlline.SqlLine",
                "-u", "jdbc:pql:" + dir.resolve("db"), "-n", "", "-p", "", "-d", Driver.class.getName(),
                "--outputformat=csv", "-f", script.toString())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(dir.resolve("empty")).toFile()))
                .start();
        byte[] out = p.getInputStream().readAllBytes(); // ends when sqlline exits (or is killed below)
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertFalse(text.contains("Error:"), text);
        assertTrue(text.contains("'PUBLIC','PEOPLE','BASE TABLE'"), "!tables lists the table with its type: " + text);
        assertTrue(text.contains("'buyer','MODEL'"), "!tables lists the model: " + text);
        assertTrue(text.contains("'CITY'"), "!columns lists the columns: " + text);
        assertTrue(List.of("'none'", "'some'", "'lots'").stream().anyMatch(text::contains), "a prediction: " + text);
        assertTrue(text.contains("accuracy"), "EVALUATE's metrics: " + text);
    }

    /**
     * The class path this test runs with: surefire names it in a property (its own JVM's class path
     * may be a manifest-only jar), a launcher's class loader lists its URLs, else java.class.path.
     */
    static String testClassPath() throws URISyntaxException {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) {
            return surefire;
        }
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        if (SqllineTest.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                cp.append(File.pathSeparator).append(Path.of(url.toURI()));
            }
        }
        return cp.toString();
    }

    /** The sqlline jar, found through the class loader (surefire may hide the class path in a manifest jar). */
    static Path sqllineJar() throws URISyntaxException, IOException {
        try {
            Class<?> main = Class.forName("sqlline.SqlLine", false, SqllineTest.class.getClassLoader());
            return Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
