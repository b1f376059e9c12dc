package dev.pql.shell;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
  * {@code \chart}: the last result as a chart in the terminal. SHOW TRAINING LOG draws learning
  * curves (loss per split), SHOW CALIBRATION a reliability table (predicted vs observed per bin,
  * after and before calibration), SHOW ROC the curve, SHOW CONFUSION MATRIX a heat table, SHOW
  * FEATURE IMPORTANCE bars, SHOW DRIFT bars with each threshold (from pql.drift's latest run, so
  * the check is not run, and recorded, again). A plain SELECT gets bars of its first text column
  * against its last number column. The statement is read again (a shell is a plain JDBC client
  * and keeps no rows), so only statements that change nothing are charted.
  */
final class ChartCommand {
    private static final Pattern DRIFT = Pattern.compile("(?is)\\s*SHOW\\s+DRIFT\\s+(\"[^\"]+\"|\\w+)\\s*(?:VERSION\\s+(\\d+))?.*");

    private final Connection connection;
    private final TextCharts charts;

    ChartCommand(Connection connection, boolean unicode) {
        this.connection = connection;
        this.charts = new TextCharts(unicode);
    }

    String chart(String statement) throws SQLException {
        try {
            return draw(statement);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("cannot chart the last result: " + e, e);
        }
    }

    private String draw(String statement) throws SQLException {
        if (statement == null) {
            throw new IllegalArgumentException("nothing to chart yet: run a SHOW ... or SELECT statement first");
        }
        String upper = statement.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher drift = DRIFT.matcher(statement);
        if (drift.matches()) {
            return drift(drift.group(1).replace("\"", ""), drift.group(2));
        }
        if (!upper.startsWith("SHOW ") && !upper.startsWith("SELECT ")) {
            throw new IllegalArgumentException("\\chart draws the results of SHOW TRAINING LOG, CALIBRATION, ROC, "
                    + "CONFUSION MATRIX, FEATURE IMPORTANCE, DRIFT and SELECT; the last statement was none of them");
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(statement)) {
            if (upper.startsWith("SHOW TRAINING LOG")) {
                return trainingLog(rs);
            } else if (upper.startsWith("SHOW CALIBRATION")) {
                return calibration(rs);
            } else if (upper.startsWith("SHOW ROC")) {
                return roc(rs);
            } else if (upper.startsWith("SHOW CONFUSION MATRIX")) {
                return confusion(rs);
            }
            return generic(rs);
        }
    }

    private String trainingLog(ResultSet rs) throws SQLException {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        while (rs.next()) {
            if ("loss".equals(rs.getString("metric")) && rs.getInt("fold") <= 1) {
                points.computeIfAbsent(rs.getString("split") + " loss", k -> new ArrayList<>())
                        .add(new double[] {rs.getInt("epoch"), rs.getDouble("value")});
            }
        }
        Map<String, double[][]> series = new LinkedHashMap<>();
        points.forEach((k, v) -> series.put(k, columns(v)));
        return "Loss per epoch (fold 1)\n" + charts.plot(series);
    }

    private String calibration(ResultSet rs) throws SQLException {
        List<String> labels = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        List<Double> observedBefore = new ArrayList<>();
        while (rs.next()) {
            String range = String.format(Locale.ROOT, "%.1f-%.1f", rs.getDouble("lower"), rs.getDouble("upper"));
            labels.add(range + " (" + rs.getInt("rows") + " rows)");
            observed.add(rs.getInt("rows") == 0 ? 0 : rs.getDouble("observed"));
            predicted.add(rs.getInt("rows") == 0 ? 0 : rs.getDouble("mean_predicted"));
            observedBefore.add(rs.getInt("rows_before") == 0 ? 0 : rs.getDouble("observed_before"));
        }
        return "Observed rate per predicted-probability bin; '|' marks the mean predicted probability "
                + "(calibrated: the bar ends at the mark)\n" + charts.bars(labels, array(observed), array(predicted))
                + "Before calibration, observed per bin:\n" + charts.bars(labels, array(observedBefore), null);
    }

    private String roc(ResultSet rs) throws SQLException {
        List<double[]> points = new ArrayList<>();
        while (rs.next()) {
            points.add(new double[] {rs.getDouble("false_positive_rate"), rs.getDouble("true_positive_rate")});
        }
        return "ROC: true positive rate (up) against false positive rate (across)\n"
                + charts.plot(Map.of("ROC", columns(points)));
    }

    private String confusion(ResultSet rs) throws SQLException {
        Map<String, Long> cells = new LinkedHashMap<>();
        TreeSet<String> labels = new TreeSet<>();
        while (rs.next()) {
            labels.add(rs.getString("actual"));
            labels.add(rs.getString("predicted"));
            cells.put(rs.getString("actual") + "\u0000" + rs.getString("predicted"), rs.getLong("count"));
        }
        List<String> names = new ArrayList<>(labels);
        long[][] counts = new long[names.size()][names.size()];
        for (int r = 0; r < names.size(); r++) {
            for (int c = 0; c < names.size(); c++) {
                counts[r][c] = cells.getOrDefault(names.get(r) + "\u0000" + names.get(c), 0L);
            }
        }
        return "Actual (rows) against predicted (columns)\n" + charts.heat(names, names, counts);
    }

    private String drift(String model, String version) throws SQLException {
        String latest = "SELECT MAX(checked_at) FROM pql.drift WHERE model = ?" + (version == null ? "" : " AND version = ?");
        try (PreparedStatement p = connection.prepareStatement("SELECT feature, metric_value, threshold, drifted, "
                + "\"ROWS\" FROM pql.drift WHERE model = ? AND checked_at = (" + latest + ")" + (version == null ? ""
                : " AND version = ?"))) {
            String m = model.toLowerCase(Locale.ROOT);
            p.setString(1, m);
            p.setString(2, m);
            if (version != null) {
                p.setInt(3, Integer.parseInt(version));
                p.setInt(4, Integer.parseInt(version));
            }
            List<String> labels = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<Double> thresholds = new ArrayList<>();
            int rows = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1) + (rs.getBoolean(4) ? " DRIFTED" : ""));
                    values.add(rs.getDouble(2));
                    thresholds.add(rs.getDouble(3));
                    rows = rs.getInt(5);
                }
            }
            if (labels.isEmpty()) {
                throw new IllegalArgumentException("no drift check of " + model + " in pql.drift yet");
            }
            return "Drift per feature on " + rows + " rows (psi or oov_rate_change; '|' marks the threshold)\n"
                    + charts.bars(labels, array(values), array(thresholds));
        }
    }

    /** Bars of the first text column against the last number column. */
    private String generic(ResultSet rs) throws SQLException {
        var md = rs.getMetaData();
        int label = -1;
        int value = -1;
        for (int c = 1; c <= md.getColumnCount(); c++) {
            int t = md.getColumnType(c);
            boolean number = t == java.sql.Types.DOUBLE || t == java.sql.Types.INTEGER || t == java.sql.Types.BIGINT
                    || t == java.sql.Types.DECIMAL || t == java.sql.Types.REAL || t == java.sql.Types.FLOAT
                    || t == java.sql.Types.NUMERIC || t == java.sql.Types.SMALLINT;
            if (number) {
                value = c;
            } else if (label < 0) {
                label = c;
            }
        }
        if (value < 0) {
            throw new IllegalArgumentException("the last result has no number column to chart");
        }
        String title = md.getColumnLabel(value).toLowerCase(Locale.ROOT); // before the rows: a read-out result forgets it
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        while (labels.size() < 50 && rs.next()) {
            labels.add(label < 0 ? String.valueOf(labels.size() + 1) : String.valueOf(rs.getString(label)));
            values.add(rs.getDouble(value));
        }
        return title + (labels.size() == 50 ? " (first 50 rows)" : "")
                + "\n" + charts.bars(labels, array(values), null);
    }

    private static double[][] columns(List<double[]> points) {
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
