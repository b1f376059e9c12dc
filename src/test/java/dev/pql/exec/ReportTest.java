package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * EXPORT REPORT: one self-contained HTML file (well-formed, no script, nothing to fetch) whose
 * charts have content: learning curves, a reliability diagram, importance bars, drift bars with
 * their thresholds; the config diff to the previous version; refused over an existing file; an
 * admin statement over the network.
 */
class ReportTest {
    @TempDir
    Path dir;

    /** Trains the model the card describes: version 2 of a gbm binary classifier, with one drift check. */
    private static void buyer(Connection c, Statement s) throws SQLException {
        s.execute("CREATE TABLE t (x DOUBLE, color VARCHAR, buys BOOLEAN)");
        Random r = new Random(4);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
            for (int i = 0; i < 400; i++) {
                double x = r.nextGaussian();
                p.setDouble(1, x);
                p.setString(2, new String[] {"red", "green", "blue"}[r.nextInt(3)]);
                p.setBoolean(3, x + r.nextGaussian() > 0);
                p.addBatch();
            }
            p.executeBatch();
        }
        s.executeQuery("CREATE MODEL buyer PREDICT buys FROM t WITH (model_type = 'gbm', trainer.folds = 1)").close();
        s.executeQuery("RETRAIN MODEL buyer WITH (trainer.learning_rate = 0.2)").close();
        s.executeQuery("SHOW DRIFT buyer GIVEN SELECT x + 1 AS x, color FROM t").close();
    }

    @Test
    void aModelCardWithChartsThatOpensOffline() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            buyer(c, s);
            Path file = dir.resolve("buyer.html");
            try (ResultSet rs = s.executeQuery("EXPORT REPORT buyer TO '" + file + "'")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt("version"));
                assertEquals(Files.size(file), rs.getLong("bytes"));
            }
            String html = Files.readString(file);
            assertFalse(html.contains("<script"), "no script");
            assertFalse(html.matches("(?s).*(src|href)=.*"), "nothing fetched or linked");
            Document doc = parse(file);
            NodeList svgs = doc.getElementsByTagName("svg");
            assertEquals(4, svgs.getLength(), "learning curves, reliability, importance, drift");
            Element curves = (Element) svgs.item(0);
            assertEquals(2, curves.getElementsByTagName("polyline").getLength(), "training and validation loss");
            String points = ((Element) curves.getElementsByTagName("polyline").item(1)).getAttribute("points");
            assertTrue(points.split(" ").length >= 2, "a curve of at least two rounds: " + points);
            assertTrue(((Element) svgs.item(1)).getElementsByTagName("circle").getLength() >= 2, "reliability points");
            assertEquals(2, ((Element) svgs.item(2)).getElementsByTagName("rect").getLength(), "one bar per feature");
            Element drift = (Element) svgs.item(3);
            assertEquals(2, drift.getElementsByTagName("line").getLength(), "a threshold mark per feature");
            assertTrue(drift.getTextContent().contains("x (drifted)"), drift.getTextContent());
            for (String part : new String[] {"Model card: buyer version 2", "Metrics per split", "Temperature scaling, T = ",
                    "Changes from version 1", "trainer.learning_rate", "Data provenance", "RETRAIN MODEL buyer"}) {
                assertTrue(html.contains(part), part);
            }
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("EXPORT REPORT buyer TO '" + file + "'"));
            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
            Path nowhere = dir.resolve("no/such/folder/r.html");
            assertThrows(SQLException.class, () -> s.executeQuery("EXPORT REPORT buyer TO '" + nowhere + "'"));
            try (var files = Files.list(dir)) {
                assertFalse(files.anyMatch(f -> f.getFileName().toString().contains(".tmp-")), "no temporary file left");
            }
        }
        assertEquals("100", Svg.fmt(100), "a coordinate keeps its zeros");
        assertEquals("0.5", Svg.fmt(0.5));
        assertEquals("2", Svg.fmt(2.0));
        assertEquals("440", Svg.fmt(440.0));
        Ast.Statement report = StatementParser.parse("EXPORT REPORT m VERSION 1 TO 'r.html'");
        assertEquals(Role.ADMIN, Access.needed(report), "writes a file on the server");
    }

    /**
     * The card in a real browser, where one is installed (Debian's chromium; skipped elsewhere):
     * headless Chromium renders it to a PNG with no console message, and the charts' blue is drawn.
     */
    @Test
    void chromiumRendersTheCardWithoutConsoleErrors() throws Exception {
        Path chromium = java.util.stream.Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium != null, "no chromium installed");
        Path file = dir.resolve("card.html");
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + dir.resolve("db")); Statement s = c.createStatement()) {
            buyer(c, s);
            s.executeQuery("EXPORT REPORT buyer TO '" + file + "'").close();
        }
        Path png = dir.resolve("card.png");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + dir.resolve("chromium-profile"), "--enable-logging=stderr", "--v=0",
                "--window-size=1000,3000", "--screenshot=" + png, file.toUri().toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.size(png) > 10_000, "a screenshot: " + log);
        assertFalse(log.contains("CONSOLE"), "no console message from the page: " + log);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                blue += (image.getRGB(x, y) & 0xFFFFFF) == 0x1F4E79 ? 1 : 0;
            }
        }
        assertTrue(blue > 500, "the charts' blue drawn on " + blue + " pixels");
    }

    /** The page as XML: well-formed, and no DTD or anything else is fetched while reading it. */
    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
