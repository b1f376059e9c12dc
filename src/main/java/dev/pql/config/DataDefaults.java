package dev.pql.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.config.encoders.EncoderSpec;
import dev.pql.config.encoders.EncoderSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Defaults that depend on the data (as Ludwig's AutoML picks them): the number of rows, the feature
 * types and the length of the text. They sit between what the user set (the statement, WITH, the
 * CONFIG and its {@code defaults.<type>} section: all win) and the registry's field defaults, and
 * they end up in the resolved config, so EXPLAIN (source {@code data}) and SHOW CONFIG show them. Chosen on the benchmark
 * data sets (see the model zoo note): small data needs small batches, many epochs with patience,
 * a narrower combiner with more dropout, and every training row it can get (small tabular data:
 * five folds' models averaged, so that every row trains and no one split decides the model); numbers learn
 * thresholds from a piecewise-linear encoding; text classifies best as a bag of words and word
 * pairs ({@code ngram}) that a high learning rate trains in a few epochs.
 */
public final class DataDefaults {
    /** Below this many rows a data set is small. */
    static final long SMALL = 2000;
    /**
     * Models averaged on small tabular data (k-fold bagging): one model's score there moves by
     * several test rows with the seed; five folds' average is steadier and trains on every row
     * (measured on iris, wine, breast_cancer, diabetes; see the model zoo note).
     */
    static final int BAG_FOLDS = 5;
    /** Below this many rows the split trains on 80% rather than Ludwig's 70% (measured: +0.7 points on spam). */
    static final long MEDIUM = 20000;
    private DataDefaults() {
    }

    /**
     * Sets the data's defaults in a lowered tree wherever the user left them unset; returns their
     * paths (as {@link ConfigPaths} writes them), which EXPLAIN shows with the source {@code data}.
     */
    public static Set<String> apply(ObjectNode root, List<ColumnProfile> columns, List<String> notes) {
        long rows = columns.isEmpty() ? 0 : columns.get(0).rows();
        List<String> chosen = new ArrayList<>();
        if ((root.path("model_type").isMissingNode() || root.path("model_type").isNull()) && selectable(root, rows)) {
            root.put("model_type", "auto");
            chosen.add("model_type auto");
        }
        if (!Options.isGbm(root)) {
            neural(root, columns, rows, chosen);
        }
        ObjectNode trainer = object(root, "trainer");
        // k-fold bagging averages one output's scores; a model of several outputs trains once
        if (rows < SMALL && tabular(root) && root.path("output_features").size() <= 1) {
            set(trainer, "folds", BAG_FOLDS, "trainer.", chosen);
        }
        boolean bagged = trainer.path("folds").asInt(1) > 1;
        if (rows < MEDIUM || bagged) {
            ObjectNode split = object(object(root, "preprocessing"), "split");
            String type = split.path("type").asText("random");
            if (type.equals("random") && split.path("probabilities").isMissingNode()) {
                // Folds validate on every row in turn, so every row can train: the metrics are out-of-fold.
                List<Double> shares = bagged ? List.of(1.0, 0.0, 0.0) : List.of(0.8, 0.1, 0.1);
                ArrayNode p = split.putArray("probabilities");
                shares.forEach(p::add);
                chosen.add("preprocessing.split.probabilities " + shares);
            }
        }
        if (!chosen.isEmpty()) {
            notes.add("defaults for " + rows + " rows: " + String.join(", ", chosen));
        }
        Set<String> paths = new java.util.LinkedHashSet<>();
        chosen.forEach(c -> paths.add(c.substring(0, c.indexOf(' '))));
        return paths;
    }

    /**
     * True when model_type auto chooses the model: one output that trees predict, and data on which
     * training three families costs little, so evidence decides rather than a fixed default: tabular
     * inputs, or text and sequences below {@link #SMALL} rows (trees and the linear model read them
     * as token counts and a bag of words; larger text data keeps the network, whose epochs cost more).
     */
    static boolean selectable(ObjectNode root, long rows) {
        JsonNode outputs = root.path("output_features");
        if (outputs.size() != 1 || !(tabular(root) || rows < SMALL)) {
            return false;
        }
        String type = outputs.get(0).path("type").asText("");
        return type.equals("number") || type.equals("binary") || type.equals("category");
    }

    /** True when no input is text or a sequence: such models train in seconds on small data. */
    private static boolean tabular(ObjectNode root) {
        for (JsonNode f : root.path("input_features")) {
            String type = f.path("type").asText("");
            if (type.equals("text") || type.equals("sequence")) {
                return false;
            }
        }
        return true;
    }

    /** The neural network's (model_type ecd) defaults: encoders, trainer and combiner by the data's size and types. */
    private static void neural(ObjectNode root, List<ColumnProfile> columns, long rows, List<String> chosen) {
        boolean shallow = true;
        boolean hasText = false;
        for (JsonNode f : root.path("input_features")) {
            if (!(f instanceof ObjectNode feature)) {
                continue;
            }
            String type = f.path("type").asText("");
            String named = f.path("encoder").path("type").asText(
                    root.path("defaults").path(type).path("encoder").path("type").asText(null));
            String encoder = named == null ? "embed" : named;
            shallow &= shallow(type, named);
            hasText |= type.equals("text") || type.equals("sequence");
            if (type.equals("number")) {
                setFeature(root, feature, type, "encoder", "type", "piecewise", chosen);
            } else if (type.equals("text") && encoder.equals("embed")) {
                // Word pairs help a bag of words; sequence encoders read word order themselves.
                setFeature(root, feature, type, "preprocessing", "tokenizer", "ngram", chosen);
                ColumnProfile p = profile(columns, f.path("column").asText(f.path("name").asText()));
                if (p != null) {
                    setFeature(root, feature, type, "preprocessing", "max_sequence_length", sequenceLength(p), chosen);
                }
            }
        }
        // tabnet, transformer and comparator combiners are deep (attention, gated blocks, products): they
        // diverged at 0.01 on the test data, so they keep the registry's (Ludwig's) learning rate
        shallow &= root.path("combiner").path("type").asText("concat").equals("concat");
        ObjectNode trainer = object(root, "trainer");
        set(trainer, "batch_size", rows < SMALL ? 16 : rows < MEDIUM ? 64 : 128, "trainer.", chosen);
        if (shallow) {
            set(trainer, "learning_rate", 0.01, "trainer.", chosen);
        }
        set(trainer, "epochs", rows < SMALL ? 300 : 100, "trainer.", chosen);
        // Tiny tabular data: epochs are cheap and validation noisy, so wait long; text epochs cost more.
        set(trainer, "early_stop", rows >= SMALL ? 5 : hasText ? 10 : 30, "trainer.", chosen);
        if (rows < SMALL) {
            ObjectNode combiner = object(root, "combiner");
            set(combiner, "output_size", 64, "combiner.", chosen);
            set(combiner, "dropout", 0.2, "combiner.", chosen);
        }
    }

    /**
     * True when an encoder trains well with a high learning rate (its spec says so). An encoder
     * left unset counts as shallow whatever the type's default (image's stacked_cnn is deep): PQL
     * has always chosen so, and a new choice would change the learning rate of such models without
     * a measurement behind it.
     */
    private static boolean shallow(String type, String encoder) {
        if (encoder == null) {
            return true;
        }
        FeatureType t = Defaults.typeNamed(type);
        EncoderSpec spec = t == null ? null : EncoderSpecs.find(t, encoder);
        return spec != null && spec.shallow();
    }

    /** The lowered config with {@code data} as the source of the paths {@link #apply} set (unless overridden since). */
    static Lowering.Lowered mark(Lowering.Lowered lowered, Set<String> paths) {
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>(lowered.sources());
        paths.forEach(path -> sources.computeIfPresent(path, (k, v) -> "data"));
        return new Lowering.Lowered(lowered.config(), lowered.notes(), sources);
    }

    /**
     * Tokens kept per text value: about four times the average word count (punctuation and the
     * word pairs of the ngram tokenizer add tokens), a power of two between 16 and 1024.
     */
    static int sequenceLength(ColumnProfile p) {
        int length = 16;
        while (length < 4 * p.averageTokens() && length < 1024) {
            length *= 2;
        }
        return length;
    }

    private static void setFeature(ObjectNode root, ObjectNode feature, String type, String section, String key,
                                   Object value, List<String> chosen) {
        JsonNode own = feature.path(section).path(key);
        JsonNode typeDefault = root.path("defaults").path(type).path(section).path(key);
        if (!own.isMissingNode() && !own.isNull() || !typeDefault.isMissingNode() && !typeDefault.isNull()
                || (feature.has(section) && !feature.get(section).isObject())) {
            return;
        }
        if (section.equals("encoder") && feature.path("encoder").has("type")) {
            return;
        }
        object(feature, section).set(key, Lowering.node(value));
        chosen.add(feature.path("name").asText() + "." + section + "." + key + " " + value);
    }

    private static void set(ObjectNode node, String key, Object value, String prefix, List<String> chosen) {
        if (node.path(key).isMissingNode() || node.path(key).isNull()) {
            node.set(key, Lowering.node(value));
            chosen.add(prefix + key + " " + value);
        }
    }

    /** The section at {@code key}, created when absent; a detached one when it is a wrong value the validator reports. */
    private static ObjectNode object(ObjectNode parent, String key) {
        JsonNode c = parent.get(key);
        if (c instanceof ObjectNode o) {
            return o;
        }
        return c == null || c.isNull() ? parent.putObject(key) : JsonNodeFactory.instance.objectNode();
    }

    private static ColumnProfile profile(List<ColumnProfile> columns, String name) {
        for (ColumnProfile c : columns) {
            if (c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
