package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Ludwig's {@code embed} text encoder: token embeddings reduced over the sequence (mean, sum or
 * max over real tokens; padding is masked out), shape (batch, dim). A bag of words that trains fast.
 */
final class EmbedTextEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final int dim;
    private final String reduce;

    EmbedTextEncoder(int vocabularySize, int dim, String reduce) {
        super((byte) 1);
        this.dim = dim;
        this.reduce = reduce;
        this.embedding = new Embedding(vocabularySize, dim);
        addParameter(embedding.parameter());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        NDArray vectors = embedding.lookup(ps, ids, training); // (B, L, D)
        NDArray mask = ids.neq(0).toType(DataType.FLOAT32, false).expandDims(2); // (B, L, 1)
        return new NDList(Reduction.reduce(vectors, mask, reduce));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), dim)};
    }
}
