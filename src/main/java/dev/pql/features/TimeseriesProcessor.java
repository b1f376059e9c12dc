package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.Arrays;
import java.util.List;

/**
 * Ludwig's timeseries input: each value is a series of numbers ("0.1 0.5 0.3", spaces or commas, or
 * an SQL array), of any length. Series are cut to the longest training series, at most
 * {@code timeseries_length_limit}, and padded with {@code padding_value} on the {@code padding}
 * side; a missing value is {@code fill_value} (the empty series, all padding, by default).
 */
public final class TimeseriesProcessor implements FeatureProcessor {
    private final FeatureConfig config;
    private int length;

    TimeseriesProcessor(FeatureConfig config) {
        this.config = config;
    }

    TimeseriesProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        length = m.maxLength();
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public void fit(List<Object> values) {
        int longest = 0;
        for (Object v : values) {
            longest = Math.max(longest, series(v).length);
        }
        if (longest == 0) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Timeseries feature '" + config.name() + "' (column "
                    + config.column() + ") has no numbers in the training data.");
        }
        Integer limit = config.preprocessing().timeseriesLengthLimit();
        length = limit == null ? longest : Math.min(longest, limit);
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, null, null, null, null, length, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        float padding = config.preprocessing().paddingValue() == null ? 0f : config.preprocessing().paddingValue().floatValue();
        boolean left = "left".equals(config.preprocessing().padding());
        float[] out = new float[values.size() * length];
        for (int i = 0; i < values.size(); i++) {
            float[] s = series(values.get(i));
            int n = Math.min(s.length, length);
            int offset = i * length;
            Arrays.fill(out, offset, offset + length, padding);
            // a series longer than the limit keeps its first values, as Ludwig's truncation does
            System.arraycopy(s, 0, out, offset + (left ? length - n : 0), n);
        }
        return new Encoded.Matrix(out, length);
    }

    /** The numbers of a value: its own, or fill_value's when it is missing. */
    private float[] series(Object v) {
        if (FeatureProcessor.missing(v)) {
            Object fill = config.preprocessing().fillValue();
            return fill == null || fill.toString().isBlank() ? new float[0] : VectorProcessor.parse(fill);
        }
        return VectorProcessor.parse(v);
    }
}
