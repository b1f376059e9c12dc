package dev.pql.config;

import java.util.Map;

/**
 * Ludwig's {@code datetime_format} is a Python strftime pattern ({@code %Y-%m-%d}); PQL parses dates
 * with java.time. This translates the first into the second, so a Ludwig config reads the same dates.
 */
final class StrftimeFormat {
    /** strftime directives and their java.time pattern letters (C locale, as Ludwig parses). */
    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('Y', "yyyy"), Map.entry('y', "yy"), Map.entry('m', "MM"), Map.entry('d', "dd"),
            Map.entry('H', "HH"), Map.entry('I', "hh"), Map.entry('M', "mm"), Map.entry('S', "ss"),
            Map.entry('f', "SSSSSS"), Map.entry('p', "a"), Map.entry('b', "MMM"), Map.entry('h', "MMM"),
            Map.entry('B', "MMMM"), Map.entry('a', "EEE"), Map.entry('A', "EEEE"), Map.entry('j', "DDD"),
            Map.entry('z', "xx"), Map.entry('Z', "zzz"), Map.entry('e', "d"), Map.entry('T', "HH:mm:ss"),
            Map.entry('D', "MM/dd/yy"), Map.entry('F', "yyyy-MM-dd"), Map.entry('R', "HH:mm"));

    private StrftimeFormat() {
    }

    /** True when {@code format} is written in strftime's style (it has a % directive). */
    static boolean isStrftime(String format) {
        return format.matches(".*%[A-Za-z%].*");
    }

    /**
     * The java.time pattern for a strftime pattern, or null when it uses a directive java.time has no
     * letter for (the caller names it in the error). Literal text is quoted, {@code %%} is a percent sign.
     */
    static String toJava(String strftime) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < strftime.length(); i++) {
            char c = strftime.charAt(i);
            if (c == '%' && i + 1 < strftime.length()) {
                char d = strftime.charAt(++i);
                if (d == '%') {
                    literal.append('%');
                    continue;
                }
                String java = DIRECTIVES.get(d);
                if (java == null) {
                    return null;
                }
                flush(out, literal);
                out.append(java);
            } else {
                literal.append(c);
            }
        }
        flush(out, literal);
        return out.toString();
    }

    /** The first directive {@link #toJava} cannot translate, as written ("%U"). */
    static String untranslatable(String strftime) {
        for (int i = 0; i + 1 < strftime.length(); i++) {
            if (strftime.charAt(i) == '%') {
                char d = strftime.charAt(++i);
                if (d != '%' && !DIRECTIVES.containsKey(d)) {
                    return "%" + d;
                }
            }
        }
        return null;
    }

    /** Literal text: letters are quoted (java.time reads them as pattern letters); punctuation stays. */
    private static void flush(StringBuilder out, StringBuilder literal) {
        if (literal.isEmpty()) {
            return;
        }
        String s = literal.toString();
        if (s.chars().anyMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '[' || ch == ']' || ch == '#'
                || ch == '{' || ch == '}')) {
            out.append('\'').append(s.replace("'", "''")).append('\'');
        } else {
            out.append(s);
        }
        literal.setLength(0);
    }
}
