package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
  * {@code \chart}: the charts themselves (bars with threshold marks, a plot, a heat table, in
  * Unicode and in ASCII), and the command after PQL's SHOW statements in a script run by the shell.
  */
class ChartTest {
    @TempDir Path dir;

    @Test
    void barsPlotsAndHeatTables() {
        TextCharts ascii = new TextCharts(false);
        String bars = ascii.bars(List.of("x", "color"), new double[] {2.0, 0.1}, new double[] {0.2, 0.2});
        String[] lines = bars.split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("x     ####|" + "#".repeat(TextCharts.WIDTH - 5) + " 2.000"), bars);
        assertTrue(lines[1].startsWith("color ##  |"), "a short bar, then the threshold mark: " + bars);
        assertTrue(lines[1].endsWith("0.100"), bars);
        String plot = ascii.plot(Map.of("loss", new double[][] {{1, 2, 3}, {0.9, 0.5, 0.4}}));
        assertTrue(plot.contains("*") && plot.contains("0.900") && plot.contains("0.400") && plot.contains("* loss"), plot);
        assertEquals(TextCharts.HEIGHT + 3, plot.split("\n").length);
        String heat = new TextCharts(true).heat(List.of("a", "b"), List.of("a", "b"), new long[][] {{9, 1}, {0, 5}});
        assertTrue(heat.contains("██") && heat.contains("  ") && heat.contains("9"), heat);
    }

    @Test
    void chartsAfterPqlStatements() {
        String url = "jdbc:pql:" + dir.resolve("db");
        String script = "CREATE TABLE t AS SELECT X AS n, MOD(X, 7) * 1.0 AS x, CASE MOD(X, 3) WHEN 0 THEN 'red' "
                + "WHEN 1 THEN 'green' ELSE 'blue' END AS color, MOD(X * 13, 7) > 3 AS flag FROM SYSTEM_RANGE(1, 300);\n"
                + "CREATE MODEL m PREDICT flag GIVEN x, color FROM t WITH (model_type = 'gbm', trainer.folds = 1);\n"
                + "SHOW TRAINING LOG m;\n\\chart\n"
                + "SHOW CONFUSION MATRIX m;\n\\chart\n"
                + "SHOW CALIBRATION m;\n\\chart\n"
                + "SHOW ROC m;\n\\chart\n"
                + "SHOW FEATURE IMPORTANCE m;\n\\chart\n"
                + "SHOW DRIFT m GIVEN SELECT x + 5 AS x, color FROM t;\n\\chart\n"
                + "SELECT color, COUNT(*) AS n FROM t GROUP BY color ORDER BY color;\n\\chart\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Main.run(new String[] {url, "-e", script}, new ByteArrayInputStream(new byte[0]), o, e, false);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Loss per epoch (fold 1)") && text.contains("* training loss")
                && text.contains("o validation loss"), text);
        assertTrue(text.contains("Actual (rows) against predicted (columns)"), text);
        assertTrue(text.contains("Observed rate per predicted-probability bin"), text);
        assertTrue(text.contains("ROC: true positive rate (up) against false positive rate (across)"), text);
        assertTrue(text.matches("(?s).*\nimportance\n(x|color) +[#█]+ .*"), text);
        assertTrue(text.matches("(?s).*Drift per feature on 300 rows.*\nx DRIFTED .*"), text);
        assertTrue(text.matches("(?s).*\nblue +[#█]+ 100\n.*"), text);
        assertTrue(!err.toString(StandardCharsets.UTF_8).contains("ERROR"), err.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(none, true, StandardCharsets.UTF_8)) {
            Main.run(new String[] {"jdbc:h2:mem:chart", "-e", "\\chart\nCREATE TABLE u (a INT);\n\\chart\n"},
                    new ByteArrayInputStream(new byte[0]), o, e, false);
        }
        assertTrue(none.toString(StandardCharsets.UTF_8).contains("nothing to chart yet"), none.toString());
    }
}
