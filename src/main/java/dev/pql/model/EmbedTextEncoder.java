package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Ludwig's {@code embed} text encoder: token embeddings reduced over the sequence (mean, sum, max
 * or last over real tokens; padding is masked out), shape (batch, dim). A bag of words that trains fast.
 */
final class EmbedTextEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final Dropout dropout;
    private final int dim;
    private final String reduce;

    EmbedTextEncoder(int vocabularySize, int dim, String reduce, Double dropoutRate) {
        super((byte) 1);
        this.dim = dim;
        this.reduce = reduce;
        this.embedding = new Embedding(vocabularySize, dim);
        addParameter(embedding.parameter());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(rate(dropoutRate)).build());
    }

    static float rate(Double r) {
        return r == null ? 0f : r.floatValue();
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        dropout.initialize(manager, dataType, new Shape(inputShapes[0].get(0), dim));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        NDArray vectors = embedding.lookup(ps, ids, training); // (B, L, D)
        NDArray reduced = Reduction.reduce(vectors, Reduction.mask(ids), reduce);
        return dropout.forward(ps, new NDList(reduced), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), dim)};
    }
}
