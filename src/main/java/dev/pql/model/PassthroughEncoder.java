package dev.pql.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Number, binary and vector features: the (normalised) values themselves, shape (batch, width). */
final class PassthroughEncoder extends AbstractBlock {
    PassthroughEncoder() {
        super((byte) 1);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(inputs.singletonOrThrow());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0].size() == 1 ? new Shape(inputs[0].get(0), 1) : inputs[0]};
    }
}
