package dev.pql.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Reads a value as a date-time, the one way PQL does: JDBC's and java.time's date types as they
 * are, text in the feature's {@code datetime_format} (a java.time pattern) or, without one, in the
 * common forms (ISO date or date-time, {@code yyyy-MM-dd HH:mm[:ss][.SSS]}, {@code yyyy/MM/dd},
 * {@code MM/dd/yyyy}). Used by the datetime split and by date features, so that a row dated for
 * one is dated for the other.
 */
public final class DateTimes {
    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT), DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT));

    private DateTimes() {
    }

    /** The date-time of {@code v}, or null when it is null, blank or unreadable; {@code format} may be null. */
    public static LocalDateTime parse(Object v, String format) {
        if (v == null) {
            return null;
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay();
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (v instanceof LocalDateTime d) {
            return d;
        }
        if (v instanceof OffsetDateTime d) {
            return d.toLocalDateTime();
        }
        String s = v.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        List<DateTimeFormatter> formats = format == null ? FORMATS : List.of(DateTimeFormatter.ofPattern(format, Locale.ROOT));
        for (DateTimeFormatter f : formats) {
            try {
                TemporalAccessor t = f.parseBest(s, LocalDateTime::from, LocalDate::from);
                return t instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) t;
            } catch (DateTimeParseException | ClassCastException e) {
                // try the next format
            }
        }
        return null;
    }
}
