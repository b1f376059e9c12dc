package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;

/**
 * Vector features: a fixed number of floats per value, written as "0.1 0.2 0.3" (spaces or
 * commas, optionally in brackets) or as an SQL array. The size is {@code vector_size}, or the
 * first training value's; a missing value becomes zeros.
 */
public final class VectorProcessor implements FeatureProcessor {
    private final FeatureConfig config;
    private int size;

    VectorProcessor(FeatureConfig config) {
        this.config = config;
    }

    VectorProcessor(FeatureConfig config, FeatureMetadata m) {
        this(config);
        size = m.maxLength();
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public void fit(List<Object> values) {
        Integer configured = config.preprocessing().vectorSize();
        size = configured == null ? 0 : configured;
        for (Object v : values) {
            if (size == 0 && !FeatureProcessor.missing(v)) {
                size = parse(v).length;
            }
        }
        if (size == 0) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Vector feature '" + config.name() + "' has no values in the "
                    + "training data to take its size from; set vector_size.");
        }
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, null, null, null, null, size, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        float[] out = new float[values.size() * size];
        for (int i = 0; i < values.size(); i++) {
            if (FeatureProcessor.missing(values.get(i))) {
                continue;
            }
            float[] v = parse(values.get(i));
            if (v.length != size) {
                throw new PqlException(ErrorCode.INVALID_DATA, "Vector feature '" + config.name() + "' has a value with "
                        + v.length + " numbers where " + size + " are expected: '" + values.get(i) + "'.");
            }
            System.arraycopy(v, 0, out, i * size, size);
        }
        return new Encoded.Matrix(out, size);
    }

    /** The numbers of one value. */
    static float[] parse(Object v) {
        List<Float> out = new ArrayList<>();
        if (v instanceof Object[] array) {
            for (Object o : array) {
                out.add(number(o, v));
            }
        } else {
            for (String part : v.toString().replaceAll("[\\[\\]()]", " ").trim().split("[\\s,;]+")) {
                if (!part.isEmpty()) {
                    out.add(number(part, v));
                }
            }
        }
        float[] f = new float[out.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = out.get(i);
        }
        return f;
    }

    private static float number(Object o, Object whole) {
        Double d = NumberProcessor.parse(o);
        if (d == null) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Vector value '" + whole + "' has '" + o + "', which is not a number.");
        }
        return d.floatValue();
    }
}
