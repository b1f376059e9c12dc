package dev.pql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.server.PqlServer;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlline's every output format over PQL's answers, embedded and over a server: each JSON and XML
 * answer must parse, so the metadata a format reads after the last row must still be there.
 */
class SqllineFormatsTest {
    static final List<String> FORMATS = List.of("table", "vertical", "csv", "tsv", "json", "xmlattr", "xmlelements");

    @Test
    void everyOutputFormatEmbeddedAndRemote(@TempDir Path dir) throws Exception {
        Path sqlline = SqllineTest.sqllineJar();
        assumeTrue(sqlline != null, "sqlline is not on the test class path");
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db"))) {
            Fixtures.peopleAndModel(c);
        }
        StringBuilder script = new StringBuilder();
        for (String f : FORMATS) {
            script.append("!set outputformat ").append(f).append('\n')
                    .append("SHOW MODELS;\n")
                    .append("SELECT id, age FROM people WHERE id < 3 ORDER BY id;\n")
                    .append("PREDICT buys USING buyer GIVEN age = 33, city = 'Nice';\n");
        }
        script.append("!quit\n");
        Path file = Files.writeString(dir.resolve("formats.sql"), script);
        check(run(sqlline, dir, file, List.of("-u", "jdbc:pql:" + dir.resolve("db"), "-n", "", "-p", "")));
        PqlServer server = PqlServer.start(new PqlServer.Options(dir.resolve("db"), "127.0.0.1", 0,
                Map.of("alice", "pw"), null));
        try {
            check(run(sqlline, dir, file, List.of("-u", "jdbc:pql:remote:" + server.httpUrl(), "-n", "alice", "-p", "pw")));
        } finally {
            server.close();
        }
    }

    private static String run(Path sqlline, Path dir, Path script, List<String> connect) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp",
                sqlline + File.pathSeparator + SqllineTest.testClassPath(), "sqlline.SqlLine"));
        cmd.addAll(connect);
        cmd.addAll(List.of("-d", Driver.class.getName(), "-f", script.toString()));
        Path empty = dir.resolve("empty-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(empty).toFile())).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }

    private static void check(String text) throws Exception {
        assertFalse(text.contains("Error:") || text.contains("Exception"), text);
        Matcher json = Pattern.compile("\\{\"resultset\":\\[.*?\\]\\}", Pattern.DOTALL).matcher(text);
        ObjectMapper mapper = new ObjectMapper();
        int jsons = 0;
        while (json.find()) {
            JsonNode node = mapper.readTree(json.group());
            assertTrue(node.get("resultset").isArray(), json.group());
            jsons++;
        }
        assertEquals(3, jsons, "three JSON answers: " + text);
        Matcher xml = Pattern.compile("<resultset>.*?</resultset>", Pattern.DOTALL).matcher(text);
        int xmls = 0;
        while (xml.find()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.group().getBytes(StandardCharsets.UTF_8)));
            xmls++;
        }
        assertEquals(6, xmls, "three answers in each XML format: " + text);
        assertTrue(text.contains("buyer"), text);
    }
}
