package dev.pql.exec;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** Small pieces of (well-formed, XHTML-compatible) HTML for the model card. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A result set as a table (every row: the model card's result sets are small). */
    static String table(ResultSet rs) throws SQLException {
        StringBuilder out = new StringBuilder("<table><thead><tr>");
        ResultSetMetaData md = rs.getMetaData();
        for (int c = 1; c <= md.getColumnCount(); c++) {
            out.append("<th>").append(escape(md.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        while (rs.next()) {
            out.append("<tr>");
            for (int c = 1; c <= md.getColumnCount(); c++) {
                Object v = rs.getObject(c);
                out.append("<td>").append(escape(v instanceof Double d ? Svg.fmt(d) : v == null ? "" : v.toString()))
                        .append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}
