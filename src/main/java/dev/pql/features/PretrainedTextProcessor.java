package dev.pql.features;

import dev.pql.config.FeatureConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text read by the frozen pretrained encoder (auto_transformer, minilm): each value becomes its
 * all-MiniLM-L6-v2 sentence embedding here, in preprocessing, so training's epochs reuse them and
 * ONNX runs once per distinct text; the encoder block trains only the layer on top. A missing or
 * blank value (after fill_value) is the zero vector. The embeddings are unit vectors, whose 384
 * numbers are about 0.05 each; they are scaled by √384 so that each number is about 1, as the
 * other inputs' z-scores are, which lets the layer on top learn at the trainer's usual learning
 * rates. Embeddings are cached per processor (one per
 * loaded model version), the most recent {@link #CACHED} texts, so repeated PREDICTs skip ONNX too.
 */
public final class PretrainedTextProcessor implements FeatureProcessor {
    static final int CACHED = 50_000;
    /** √384: a unit vector's numbers scaled to a mean square of 1. */
    private static final float SCALE = (float) Math.sqrt(SentenceEmbeddings.SIZE);
    private final FeatureConfig config;
    /** Text → embedding, least recently used first; guarded by itself (a loaded model serves many sessions). */
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED;
        }
    };

    PretrainedTextProcessor(FeatureConfig config) {
        this.config = config;
    }

    @Override
    public FeatureConfig config() {
        return config;
    }

    @Override
    public void fit(List<Object> values) {
        // nothing to learn: the vocabulary and the weights are the pretrained model's
    }

    @Override
    public FeatureMetadata metadata() {
        return new FeatureMetadata(config.name(), null, null, null, null, null, SentenceEmbeddings.SIZE, null);
    }

    @Override
    public Encoded encode(List<Object> values) {
        List<String> texts = new ArrayList<>(values.size());
        Object fill = config.preprocessing() == null ? null : config.preprocessing().fillValue();
        for (Object v : values) {
            Object t = FeatureProcessor.missing(v) ? fill : v;
            texts.add(t == null ? "" : t.toString().strip());
        }
        Map<String, float[]> known = embeddings(texts);
        int size = SentenceEmbeddings.SIZE;
        float[] out = new float[texts.size() * size];
        for (int i = 0; i < texts.size(); i++) {
            float[] e = known.get(texts.get(i));
            for (int j = 0; e != null && j < size; j++) {
                out[i * size + j] = e[j] * SCALE;
            }
        }
        return new Encoded.Matrix(out, size);
    }

    /** The embedding of every distinct non-blank text: from the cache, the rest from one ONNX pass. */
    private Map<String, float[]> embeddings(List<String> texts) {
        Map<String, float[]> known = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        synchronized (cache) {
            for (String t : texts) {
                if (t.isEmpty() || known.containsKey(t)) {
                    continue;
                }
                float[] e = cache.get(t);
                if (e != null) {
                    known.put(t, e);
                } else {
                    missing.add(t);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> todo = new ArrayList<>(missing);
            List<float[]> made = SentenceEmbeddings.embed(todo); // outside the lock: ONNX takes a while
            synchronized (cache) {
                for (int i = 0; i < todo.size(); i++) {
                    known.put(todo.get(i), made.get(i));
                    cache.put(todo.get(i), made.get(i));
                }
            }
        }
        return known;
    }
}
