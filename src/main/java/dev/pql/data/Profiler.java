package dev.pql.data;

import dev.pql.config.ColumnProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Computes the statistics that type inference reads, one pass per column. */
public final class Profiler {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T].*)?");
    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "y", "n", "t", "f", "0", "1");
    /** Distinct values are counted exactly up to this many; beyond, the column is "mostly unique". */
    private static final int DISTINCT_CAP = 100_000;

    private Profiler() {
    }

    public static List<ColumnProfile> profile(Table table) {
        List<ColumnProfile> out = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            out.add(column(table, c));
        }
        return out;
    }

    private static ColumnProfile column(Table table, int c) {
        long rows = table.rows().size();
        long nulls = 0;
        long numeric = 0;
        long dates = 0;
        long tokens = 0;
        boolean integers = true;
        boolean booleans = true;
        Set<String> distinct = new HashSet<>();
        for (Object[] row : table.rows()) {
            Object v = row[c];
            if (v == null) {
                nulls++;
                continue;
            }
            String s = v instanceof Number || v instanceof Boolean ? v.toString() : v.toString().strip();
            if (distinct.size() < DISTINCT_CAP) {
                distinct.add(s);
            }
            if (v instanceof Number || NUMBER.matcher(s).matches()) {
                numeric++;
                integers &= isInteger(v, s);
            } else {
                integers = false;
            }
            if (DATE.matcher(s).matches() || v instanceof java.util.Date || v instanceof java.time.temporal.Temporal) {
                dates++;
            }
            booleans &= v instanceof Boolean || BOOLEANS.contains(s.toLowerCase(Locale.ROOT));
            tokens += s.isEmpty() ? 0 : s.split("\\s+").length;
        }
        long present = rows - nulls;
        return new ColumnProfile(table.columns().get(c), table.sqlTypes()[c], rows, nulls, distinct.size(),
                present == 0 ? 0 : (double) numeric / present, integers && numeric > 0, booleans && present > 0,
                present == 0 ? 0 : (double) dates / present, present == 0 ? 0 : (double) tokens / present);
    }

    private static boolean isInteger(Object v, String s) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return true;
        }
        try {
            double d = Double.parseDouble(s);
            return d == Math.rint(d) && !s.contains("e") && !s.contains("E");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
