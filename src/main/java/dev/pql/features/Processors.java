package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;

/** The registry of processors, by feature type: a new one to fit, or one restored from metadata. */
public final class Processors {
    private Processors() {
    }

    public static FeatureProcessor create(FeatureConfig f, boolean output) {
        return switch (f.type()) {
            case NUMBER -> new NumberProcessor(f);
            case BINARY -> new BinaryProcessor(f);
            case CATEGORY -> new CategoryProcessor(f, output);
            case TEXT, SEQUENCE -> pretrained(f) ? new PretrainedTextProcessor(f) : new TextProcessor(f);
            case SET, BAG -> new SetProcessor(f, output);
            case VECTOR -> new VectorProcessor(f);
            case TIMESERIES -> new TimeseriesProcessor(f);
            case DATE -> new DateProcessor(f);
            case IMAGE -> new ImageProcessor(f);
            default -> throw unsupported(f);
        };
    }

    public static FeatureProcessor restore(FeatureConfig f, boolean output, FeatureMetadata m) {
        return switch (f.type()) {
            case NUMBER -> new NumberProcessor(f, m);
            case BINARY -> new BinaryProcessor(f, m);
            case CATEGORY -> new CategoryProcessor(f, output, m);
            case TEXT, SEQUENCE -> pretrained(f) ? new PretrainedTextProcessor(f) : new TextProcessor(f, m);
            case SET, BAG -> new SetProcessor(f, output, m);
            case VECTOR -> new VectorProcessor(f, m);
            case TIMESERIES -> new TimeseriesProcessor(f, m);
            case DATE -> new DateProcessor(f, m);
            case IMAGE -> new ImageProcessor(f, m);
            default -> throw unsupported(f);
        };
    }

    /** Text for the pretrained encoder is embedded in preprocessing (see {@link PretrainedTextProcessor}). */
    private static boolean pretrained(FeatureConfig f) {
        return f.encoder() != null && f.encoder().pretrainedText();
    }

    private static PqlException unsupported(FeatureConfig f) {
        return new PqlException(ErrorCode.NOT_SUPPORTED, "Feature '" + f.name() + "': type "
                + f.type().ludwigName() + " is not supported by PQL yet.");
    }
}
