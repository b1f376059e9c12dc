package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.data.DateTimes;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.features.stats.FeatureStatistics;
import dev.pql.features.stats.Histogram;
import dev.pql.features.stats.Moments;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Date features: each value split into calendar components (Ludwig's date preprocessing): the
 * year (z-scored on the training years), month, day, weekday, day of year, hour, minute, second
 * (as indices for embeddings) and the time of day as a fraction. Values are SQL dates and
 * timestamps, or strings in {@code datetime_format} (ISO dates and times when not set).
 * A missing value becomes the first of January of the mean training year.
 */
public final class DateProcessor implements FeatureProcessor {
    /** Sizes of the embedded components: month, day, weekday, day of year, hour, minute, second. */
    public static final int[] CARDINALITIES = {12, 31, 7, 366, 24, 60, 60};
    private final FeatureConfig config;
    private double meanYear;
    private double stdYear = 1;

    DateProcessor(FeatureConfig config) {
        this.config = config;
    }

    DateProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        meanYear = m.mean();
        stdYear = m.std();
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public boolean mergeable() {
        return true;
    }

    /** The years of the values (a missing one as its fill date's): a few distinct numbers. */
    @Override
    public FeatureStatistics accumulate(List<Object> values, int limit) {
        double[] years = new double[values.size()];
        int n = 0;
        LocalDateTime fill = fill();
        for (Object v : values) {
            LocalDateTime t = FeatureProcessor.missing(v) ? fill : parse(v);
            if (t != null) {
                years[n++] = t.getYear();
            }
        }
        return new FeatureStatistics(null, Moments.of(years, n), Histogram.of(years, n, limit));
    }

    @Override
    public void fit(FeatureStatistics statistics) {
        Moments moments = statistics.moments();
        Histogram h = statistics.histogram();
        if (moments.count() == 0) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Date feature '" + config.name() + "' (column " + config.column()
                    + ") has no values that read as dates in the training data; set datetime_format.");
        }
        boolean whole = h.count() == moments.count(); // else the histogram is a sample's: the moments are the data's
        meanYear = whole ? h.mean() : moments.mean();
        double variance = whole ? h.variance() : moments.variance();
        stdYear = variance > 1e-12 ? Math.sqrt(variance) : 1;
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, meanYear, stdYear, null, null, null, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        float[] out = new float[values.size() * 9];
        for (int i = 0; i < values.size(); i++) {
            LocalDateTime t = parse(values.get(i));
            if (t == null) {
                LocalDateTime fill = fill();
                t = fill != null ? fill : LocalDateTime.of((int) Math.round(meanYear), 1, 1, 0, 0);
            }
            int o = i * 9;
            out[o] = (float) ((t.getYear() - meanYear) / stdYear);
            out[o + 1] = t.getMonthValue() - 1;
            out[o + 2] = t.getDayOfMonth() - 1;
            out[o + 3] = t.getDayOfWeek().getValue() - 1;
            out[o + 4] = t.getDayOfYear() - 1;
            out[o + 5] = t.getHour();
            out[o + 6] = t.getMinute();
            out[o + 7] = t.getSecond();
            out[o + 8] = t.toLocalTime().toSecondOfDay() / 86400f;
        }
        return new Encoded.Matrix(out, 9);
    }

    @Override
    public void requireReadable(List<Object> values) {
        for (Object v : values) {
            if (!FeatureProcessor.missing(v) && parse(v) == null) {
                String format = config.preprocessing() == null ? null : config.preprocessing().datetimeFormat();
                throw FeatureProcessor.unreadable(config, v, format == null ? "a date (such as 2026-01-31 or "
                        + "2026-01-31 12:30:00)" : "a date in the format " + format);
            }
        }
    }

    /** preprocessing.fill_value as a date, or null when not set. */
    private LocalDateTime fill() {
        Object v = config.preprocessing() == null ? null : config.preprocessing().fillValue();
        if (v == null || v.toString().isEmpty()) {
            return null;
        }
        LocalDateTime t = parse(v);
        if (t == null) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at '" + config.name()
                    + ".preprocessing.fill_value': '" + v + "' does not read as a date" + (config.preprocessing()
                    .datetimeFormat() == null ? " (ISO yyyy-MM-dd)" : " in datetime_format '"
                    + config.preprocessing().datetimeFormat() + "'") + "; write it as the column's dates are written.");
        }
        return t;
    }

    /** A date-time from a value, or null when missing or unreadable (the one reading of dates: {@link DateTimes}). */
    LocalDateTime parse(Object v) {
        return FeatureProcessor.missing(v) ? null : DateTimes.parse(v, config.preprocessing().datetimeFormat());
    }

}
