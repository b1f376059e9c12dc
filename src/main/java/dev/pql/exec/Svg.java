package dev.pql.exec;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML model card: plain elements, no script and nothing fetched, so the
 * page opens offline and prints. Each chart is a fixed 480x240 drawing with its own axes.
 */
final class Svg {
    static final int WIDTH = 480;
    static final int HEIGHT = 240;
    private static final int PAD = 36;
    /** Colours told apart also in grey print: dark blue, orange, grey. */
    static final List<String> COLOURS = List.of("#1f4e79", "#d9822b", "#7f7f7f");

    /** One named line of (x, y) points. */
    record Series(String name, double[] x, double[] y) {
    }

    private Svg() {
    }

    /** Lines over a shared x axis (epochs), y scaled to the data's range. */
    static String lines(String title, List<Series> series) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.y()[i])) {
                    minX = Math.min(minX, s.x()[i]);
                    maxX = Math.max(maxX, s.x()[i]);
                    minY = Math.min(minY, s.y()[i]);
                    maxY = Math.max(maxY, s.y()[i]);
                }
            }
        }
        if (minX > maxX) {
            return "";
        }
        StringBuilder out = open(title);
        axes(out, fmt(minY), fmt(maxY), fmt(minX), fmt(maxX));
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.y()[i])) {
                    points.append(fmt(sx(s.x()[i], minX, maxX))).append(',').append(fmt(sy(s.y()[i], minY, maxY))).append(' ');
                }
            }
            out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour(k)).append("\" points=\"")
                    .append(points.toString().trim()).append("\"><title>").append(Html.escape(s.name())).append("</title></polyline>");
            legend(out, k, s.name());
        }
        return out.append("</svg>").toString();
    }

    /** A reliability diagram: (mean predicted, observed) per bin for each series, and the diagonal of perfect calibration. */
    static String reliability(String title, List<Series> series) {
        StringBuilder out = open(title);
        axes(out, "0", "1", "0", "1");
        out.append("<line stroke=\"#bbbbbb\" stroke-dasharray=\"4 3\" x1=\"").append(PAD).append("\" y1=\"")
                .append(HEIGHT - PAD).append("\" x2=\"").append(WIDTH - PAD).append("\" y2=\"").append(PAD).append("\"/>");
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    out.append("<circle r=\"4\" fill=\"").append(colour(k)).append("\" cx=\"").append(fmt(sx(s.x()[i], 0, 1)))
                            .append("\" cy=\"").append(fmt(sy(s.y()[i], 0, 1))).append("\"><title>")
                            .append(Html.escape(s.name() + ": predicted " + fmt(s.x()[i]) + ", observed " + fmt(s.y()[i])))
                            .append("</title></circle>");
                }
            }
            legend(out, k, s.name());
        }
        return out.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, scaled to the largest value; a mark at {@code marks[i]} when given. */
    static String bars(String title, List<String> labels, double[] values, double[] marks) {
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            max = Math.max(max, Math.abs(values[i]));
            if (marks != null) {
                max = Math.max(max, marks[i]);
            }
        }
        int rowHeight = 22;
        int height = PAD + rowHeight * labels.size() + 10;
        StringBuilder out = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\"><title>").append(Html.escape(title)).append("</title>");
        int left = 140;
        double scale = max == 0 ? 0 : (WIDTH - left - 60) / max;
        for (int i = 0; i < labels.size(); i++) {
            int y = PAD / 2 + i * rowHeight;
            out.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\" "
                    + "font-size=\"12\">").append(Html.escape(labels.get(i))).append("</text>");
            out.append("<rect fill=\"").append(COLOURS.get(0)).append("\" x=\"").append(left).append("\" y=\"").append(y)
                    .append("\" height=\"16\" width=\"").append(fmt(Math.max(1, Math.abs(values[i]) * scale))).append("\"><title>")
                    .append(Html.escape(labels.get(i) + ": " + fmt(values[i]))).append("</title></rect>");
            out.append("<text x=\"").append(fmt(left + Math.abs(values[i]) * scale + 4)).append("\" y=\"").append(y + 13)
                    .append("\" font-size=\"11\">").append(fmt(values[i])).append("</text>");
            if (marks != null) {
                double mx = left + marks[i] * scale;
                out.append("<line stroke=\"").append(COLOURS.get(1)).append("\" stroke-width=\"2\" x1=\"").append(fmt(mx))
                        .append("\" x2=\"").append(fmt(mx)).append("\" y1=\"").append(y - 2).append("\" y2=\"").append(y + 18)
                        .append("\"><title>threshold ").append(fmt(marks[i])).append("</title></line>");
            }
        }
        return out.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\"><title>").append(Html.escape(title)).append("</title>");
    }

    private static void axes(StringBuilder out, String minY, String maxY, String minX, String maxX) {
        out.append("<g stroke=\"#444444\"><line x1=\"").append(PAD).append("\" y1=\"").append(HEIGHT - PAD).append("\" x2=\"")
                .append(WIDTH - PAD).append("\" y2=\"").append(HEIGHT - PAD).append("\"/><line x1=\"").append(PAD)
                .append("\" y1=\"").append(PAD).append("\" x2=\"").append(PAD).append("\" y2=\"").append(HEIGHT - PAD)
                .append("\"/></g>");
        out.append(text(2, HEIGHT - PAD, minY)).append(text(2, PAD + 4, maxY)).append(text(PAD, HEIGHT - PAD + 16, minX))
                .append(text(WIDTH - PAD - 20, HEIGHT - PAD + 16, maxX));
    }

    private static void legend(StringBuilder out, int k, String name) {
        int y = 14 + 14 * k;
        out.append("<rect x=\"").append(WIDTH - 150).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                .append(colour(k)).append("\"/>").append(text(WIDTH - 136, y, name));
    }

    private static String text(int x, int y, String s) {
        return "<text font-size=\"11\" x=\"" + x + "\" y=\"" + y + "\">" + Html.escape(s) + "</text>";
    }

    private static String colour(int k) {
        return COLOURS.get(k % COLOURS.size());
    }

    private static double sx(double x, double min, double max) {
        return PAD + (max == min ? 0.5 : (x - min) / (max - min)) * (WIDTH - 2 * PAD);
    }

    private static double sy(double y, double min, double max) {
        return HEIGHT - PAD - (max == min ? 0.5 : (y - min) / (max - min)) * (HEIGHT - 2 * PAD);
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return "NaN";
        }
        String text = String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.3f", v);
        // trailing zeros of the fraction only: 100 stays 100 (a coordinate), 0.500 becomes 0.5
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
