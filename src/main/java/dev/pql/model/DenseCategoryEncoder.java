package dev.pql.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Ludwig's {@code dense} category encoder: a learned embedding per category, shape (batch, dim). */
final class DenseCategoryEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final int dim;

    DenseCategoryEncoder(int vocabularySize, int dim) {
        super((byte) 1);
        this.dim = dim;
        this.embedding = new Embedding(vocabularySize, dim);
        addParameter(embedding.parameter());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(embedding.lookup(ps, inputs.singletonOrThrow(), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), dim)};
    }
}
