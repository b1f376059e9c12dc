package dev.pql.features;

import dev.pql.config.FeatureConfig;
import dev.pql.config.FeatureType;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The registry of processors, by feature type: a new one to fit, or one restored from metadata. One
 * {@code register} line per type; a type without one is an error when a feature of it is prepared.
 */
public final class Processors {
    /** A new processor of a feature ({@code output}: a target), to fit. */
    private interface Create {
        FeatureProcessor make(FeatureConfig f, boolean output);
    }

    /** A processor of a feature restored from its saved metadata. */
    private interface Restore {
        FeatureProcessor make(FeatureConfig f, boolean output, FeatureMetadata m);
    }

    private record Entry(Create create, Restore restore) {
    }

    private static final Map<FeatureType, Entry> REGISTRY = new EnumMap<>(FeatureType.class);

    static {
        register(FeatureType.NUMBER, (f, out) -> new NumberProcessor(f), (f, out, m) -> new NumberProcessor(f, m));
        register(FeatureType.BINARY, (f, out) -> new BinaryProcessor(f), (f, out, m) -> new BinaryProcessor(f, m));
        register(FeatureType.CATEGORY, CategoryProcessor::new, CategoryProcessor::new);
        for (FeatureType t : new FeatureType[] {FeatureType.TEXT, FeatureType.SEQUENCE}) {
            register(t, (f, out) -> pretrained(f) ? new PretrainedTextProcessor(f) : new TextProcessor(f),
                    (f, out, m) -> pretrained(f) ? new PretrainedTextProcessor(f) : new TextProcessor(f, m));
        }
        register(FeatureType.SET, SetProcessor::new, SetProcessor::new);
        register(FeatureType.BAG, SetProcessor::new, SetProcessor::new);
        register(FeatureType.VECTOR, (f, out) -> new VectorProcessor(f), (f, out, m) -> new VectorProcessor(f, m));
        register(FeatureType.TIMESERIES, (f, out) -> new TimeseriesProcessor(f), (f, out, m) -> new TimeseriesProcessor(f, m));
        register(FeatureType.DATE, (f, out) -> new DateProcessor(f), (f, out, m) -> new DateProcessor(f, m));
        register(FeatureType.IMAGE, (f, out) -> new ImageProcessor(f), (f, out, m) -> new ImageProcessor(f, m));
    }

    private Processors() {
    }

    private static void register(FeatureType type, Create create, Restore restore) {
        REGISTRY.put(type, new Entry(create, restore));
    }

    public static FeatureProcessor create(FeatureConfig f, boolean output) {
        return entry(f).create().make(f, output);
    }

    public static FeatureProcessor restore(FeatureConfig f, boolean output, FeatureMetadata m) {
        return entry(f).restore().make(f, output, m);
    }

    /** Whether a processor is registered for the type. */
    public static boolean has(FeatureType type) {
        return REGISTRY.containsKey(type);
    }

    private static Entry entry(FeatureConfig f) {
        Entry e = REGISTRY.get(f.type());
        if (e == null) {
            throw unsupported(f);
        }
        return e;
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
