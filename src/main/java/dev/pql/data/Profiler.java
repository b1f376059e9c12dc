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

    /**
     * One column's statistics. It runs over every row of the training data, so a value costs no
     * more than its kind needs: numbers and booleans are counted as themselves (no text, no
     * regular expression; a number is one token and never a date), a check that has failed is not
     * repeated, and tokens are counted without a regular expression.
     */
    private static ColumnProfile column(Table table, int c) {
        long rows = table.size();
        long nulls = 0;
        long numeric = 0;
        long dates = 0;
        long tokens = 0;
        boolean integers = true;
        boolean booleans = true;
        Set<Object> distinct = new HashSet<>();
        for (Object v : table.column(c)) {
            if (v == null) {
                nulls++;
                continue;
            }
            if (v instanceof Number || v instanceof Boolean) {
                // equal values are equal numbers here as they were equal texts: toString is one-to-one per type
                if (distinct.size() < DISTINCT_CAP) {
                    distinct.add(v);
                }
                if (v instanceof Number) {
                    numeric++;
                    integers = integers && isInteger(v, v.toString());
                } else {
                    integers = false;
                }
                booleans = booleans && (v instanceof Boolean || BOOLEANS.contains(v.toString().toLowerCase(Locale.ROOT)));
                tokens++;
                continue;
            }
            String s = v.toString().strip();
            if (distinct.size() < DISTINCT_CAP) {
                distinct.add(s);
            }
            if (NUMBER.matcher(s).matches()) {
                numeric++;
                integers = integers && isInteger(v, s);
            } else {
                integers = false;
            }
            if (v instanceof java.util.Date || v instanceof java.time.temporal.Temporal || mayBeDate(s) && DATE.matcher(s).matches()) {
                dates++;
            }
            booleans = booleans && BOOLEANS.contains(s.toLowerCase(Locale.ROOT));
            tokens += tokens(s);
        }
        long present = rows - nulls;
        return new ColumnProfile(table.columns().get(c), table.sqlTypes()[c], rows, nulls, distinct.size(),
                present == 0 ? 0 : (double) numeric / present, integers && numeric > 0, booleans && present > 0,
                present == 0 ? 0 : (double) dates / present, present == 0 ? 0 : (double) tokens / present);
    }

    /** Whether {@link #DATE} can match: it starts with four digits and a dash. */
    private static boolean mayBeDate(String s) {
        return s.length() >= 10 && s.charAt(4) == '-';
    }

    /**
     * Words in a stripped text, as {@code s.split("\\s+").length} counts them (runs of regex
     * whitespace, space, tab, newline, vertical tab, form feed, carriage return, separate words)
     * without compiling that expression for every value; 0 for the empty text.
     */
    static int tokens(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return inSpace ? words - 1 : words;
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
