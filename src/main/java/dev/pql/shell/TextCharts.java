package dev.pql.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
  * Charts drawn with characters, for {@code \chart}: horizontal bars (with a threshold mark),
  * a line plot on a character grid (learning curves, ROC), a reliability table and a heat table.
  * Unicode blocks on a UTF-8 console, plain ASCII otherwise (the fallback also reads in a log file).
  */
final class TextCharts {
    static final int WIDTH = 40;
    static final int HEIGHT = 12;

    private final boolean unicode;

    TextCharts(boolean unicode) {
        this.unicode = unicode;
    }

    /** One bar per label, scaled to the largest value; {@code marks} (may be null) draws a '|' at each threshold. */
    String bars(List<String> labels, double[] values, double[] marks) {
        double max = 1e-12;
        int labelWidth = 1;
        for (int i = 0; i < values.length; i++) {
            max = Math.max(max, Math.abs(values[i]));
            if (marks != null) {
                max = Math.max(max, marks[i]);
            }
            labelWidth = Math.max(labelWidth, labels.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            char[] bar = new char[WIDTH];
            int filled = (int) Math.round(Math.abs(values[i]) / max * WIDTH);
            for (int c = 0; c < WIDTH; c++) {
                bar[c] = c < filled ? full() : ' ';
            }
            if (marks != null) {
                int m = Math.min(WIDTH - 1, (int) Math.round(marks[i] / max * WIDTH));
                bar[m] = '|';
            }
            out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s %s %s%n", labels.get(i), new String(bar),
                    number(values[i])));
        }
        return out.toString();
    }

    /** Lines on a grid: each series a character ('*', 'o', '+'), x and y scaled to the data's range. */
    String plot(Map<String, double[][]> series) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[][] xy : series.values()) {
            for (int i = 0; i < xy[0].length; i++) {
                minX = Math.min(minX, xy[0][i]);
                maxX = Math.max(maxX, xy[0][i]);
                minY = Math.min(minY, xy[1][i]);
                maxY = Math.max(maxY, xy[1][i]);
            }
        }
        if (minX > maxX) {
            return "(no points)\n";
        }
        char[][] grid = new char[HEIGHT][WIDTH];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        String marks = "*o+x";
        StringBuilder legend = new StringBuilder();
        int k = 0;
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            char mark = marks.charAt(k++ % marks.length());
            legend.append(legend.length() == 0 ? "" : "   ").append(mark).append(' ').append(e.getKey());
            double[][] xy = e.getValue();
            for (int i = 0; i < xy[0].length; i++) {
                int col = maxX == minX ? 0 : (int) Math.round((xy[0][i] - minX) / (maxX - minX) * (WIDTH - 1));
                int row = maxY == minY ? HEIGHT / 2 : (int) Math.round((maxY - xy[1][i]) / (maxY - minY) * (HEIGHT - 1));
                grid[row][col] = mark;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < HEIGHT; r++) {
            String axis = r == 0 ? number(maxY) : r == HEIGHT - 1 ? number(minY) : "";
            out.append(String.format(Locale.ROOT, "%8s %c%s%n", axis, unicode ? '│' : '|', new String(grid[r])));
        }
        out.append(String.format(Locale.ROOT, "%8s %s%n", "", (unicode ? "└" : "+") + String.valueOf(unicode ? '─' : '-')
                .repeat(WIDTH)));
        out.append(String.format(Locale.ROOT, "%9s%-" + (WIDTH - 6) + "s%s%n", "", number(minX), number(maxX)));
        return out.append("         ").append(legend).append('\n').toString();
    }

    /** A heat table: each cell's count with a shade by its share of the largest. */
    String heat(List<String> rows, List<String> columns, long[][] counts) {
        long max = 1;
        int width = 5;
        for (int r = 0; r < counts.length; r++) {
            for (long c : counts[r]) {
                max = Math.max(max, c);
                width = Math.max(width, String.valueOf(c).length() + 2);
            }
        }
        for (String c : columns) {
            width = Math.max(width, c.length() + 1);
        }
        int labelWidth = rows.stream().mapToInt(String::length).max().orElse(1);
        String shades = unicode ? " ░▒▓█" : " .:#@";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s", ""));
        for (String c : columns) {
            out.append(String.format(Locale.ROOT, " %" + width + "s", c));
        }
        out.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", rows.get(r)));
            for (long c : counts[r]) {
                char shade = shades.charAt((int) Math.min(shades.length() - 1, Math.round((double) c / max * (shades.length() - 1))));
                out.append(' ').append(String.valueOf(shade).repeat(2))
                        .append(String.format(Locale.ROOT, "%" + (width - 2) + "d", c));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private char full() {
        return unicode ? '█' : '#';
    }

    static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.3f", v) : "NULL";
    }

    /** The labels of a list of numbers, as "lo-hi" ranges of bins. */
    static List<String> binLabels(double[] lower, double[] upper) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lower.length; i++) {
            out.add(String.format(Locale.ROOT, "%.1f-%.1f", lower[i], upper[i]));
        }
        return out;
    }
}
