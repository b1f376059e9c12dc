package dev.pql.features;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pretrained sentence encoder PQL ships: all-MiniLM-L6-v2 (sentence-transformers), whose ONNX
 * model and tokenizer.json come inside pql.jar (langchain4j's packaging) and run in ONNX Runtime:
 * mean-pooled, normalised 384-number embeddings, as sentence-transformers makes them. Nothing is
 * downloaded. The model (90 MB) loads once per process, on first use; it is read-only and
 * thread-safe, so one instance serves every model and session.
 */
final class SentenceEmbeddings {
    /** Numbers per embedding. */
    static final int SIZE = 384;

    private SentenceEmbeddings() {
    }

    /** Loaded on first use (the holder idiom): the class initialisation is the only write, done once. */
    private static final class Holder {
        static final AllMiniLmL6V2EmbeddingModel MODEL = load();

        private static AllMiniLmL6V2EmbeddingModel load() {
            // DJL's tokenizer library, which the model's tokenizer runs on: offline and no telemetry (see shared/STACK.md)
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("OPT_OUT_TRACKING", "true");
            try {
                return new AllMiniLmL6V2EmbeddingModel(Runnable::run); // on the caller's thread: no pool of its own
            } catch (RuntimeException | LinkageError e) {
                throw new PqlException(ErrorCode.INTERNAL_ERROR, "The pretrained text encoder all-MiniLM-L6-v2 cannot be "
                        + "loaded from pql.jar: " + e + ". Rebuild the jar (mvn package) so that it carries the model.");
            }
        }
    }

    /** One embedding per text (none blank), in order. */
    static List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : Holder.MODEL.embedAll(segments).content()) {
            out.add(e.vector());
        }
        return out;
    }
}
