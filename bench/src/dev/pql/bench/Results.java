package dev.pql.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a run measured: raw rows for the CSV, one summary line per goal, and a markdown
 * block of details per section. Rows are appended to the CSV as they come, so a run that dies
 * halfway still leaves its numbers.
 */
final class Results {
    /** One raw figure, with its peer when it has one. NaN where a number does not apply. */
    record Row(String section, String name, String metric, double value, String unit, String peer,
               double peerValue, double ratio, String goal, String met, String note) {
    }

    /** One line of the summary table; {@code met} is "yes", "no", "not supported yet" or "n/a". */
    record Summary(String section, String figure, String goal, String measured, String met) {
    }

    static final String HEADER = "section,name,metric,value,unit,peer,peer_value,ratio,goal,met,note";
    private final List<Row> rows = new ArrayList<>();
    private final List<Summary> summary = new ArrayList<>();
    private final Map<String, StringBuilder> details = new LinkedHashMap<>();
    private final Path csv;

    Results(Path csv) throws IOException {
        this.csv = csv;
        Files.createDirectories(csv.toAbsolutePath().getParent());
        Files.writeString(csv, HEADER + "\n");
    }

    synchronized void add(Row r) {
        rows.add(r);
        String line = String.join(",", csv(r.section()), csv(r.name()), csv(r.metric()), num(r.value()), csv(r.unit()),
                csv(r.peer()), num(r.peerValue()), num(r.ratio()), csv(r.goal()), csv(r.met()), csv(r.note()));
        try {
            Files.writeString(csv, line + "\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A figure without a peer or goal. */
    void add(String section, String name, String metric, double value, String unit, String note) {
        add(new Row(section, name, metric, value, unit, "", Double.NaN, Double.NaN, "", "", note));
    }

    void summary(Summary s) {
        summary.add(s);
    }

    /** The markdown details block of a section (created on first use). */
    StringBuilder details(String section) {
        return details.computeIfAbsent(section, k -> new StringBuilder());
    }

    List<Row> rows() {
        return rows;
    }

    List<Summary> summary() {
        return summary;
    }

    Map<String, StringBuilder> details() {
        return details;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
