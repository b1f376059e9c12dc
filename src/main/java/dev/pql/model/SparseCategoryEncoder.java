package dev.pql.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Ludwig's {@code sparse} category encoder: a one-hot vector over the vocabulary, no parameters. */
final class SparseCategoryEncoder extends AbstractBlock {
    private final int size;

    SparseCategoryEncoder(int vocabularySize) {
        super((byte) 1);
        this.size = Math.max(1, vocabularySize);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(inputs.singletonOrThrow().oneHot(size));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), size)};
    }
}
