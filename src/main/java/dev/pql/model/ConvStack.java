package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A stack of 1-d convolutions over a sequence, each followed by ReLU and optional max pooling.
 * Takes (B, L, D) and a (B, L, 1) mask, returns (B, L', F) and the mask pooled alike, so that a
 * reduction after it still ignores padding.
 */
final class ConvStack extends AbstractBlock {
    private final List<Conv1d> layers = new ArrayList<>();
    private final int kernel;
    private final int filters;
    private final Integer pool;

    ConvStack(int numLayers, int kernel, int filters, Integer pool) {
        super((byte) 1);
        this.kernel = kernel;
        this.filters = filters;
        this.pool = pool != null && pool > 1 ? pool : null;
        for (int i = 0; i < numLayers; i++) {
            // Padding of half the kernel keeps the length, so deep stacks work on short values too.
            layers.add(addChildBlock("conv" + i, Conv1d.builder().setKernelShape(new Shape(kernel))
                    .optPadding(new Shape(kernel / 2)).setFilters(filters).build()));
        }
    }

    int outputWidth(int inputWidth) {
        return layers.isEmpty() ? inputWidth : filters;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long width = inputShapes[0].get(2);
        for (Conv1d conv : layers) {
            conv.initialize(manager, dataType, new Shape(batch, width, Math.max(kernel, inputShapes[0].get(1))));
            width = filters;
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0).transpose(0, 2, 1); // (B, D, L)
        NDArray mask = inputs.get(1).transpose(0, 2, 1); // (B, 1, L)
        for (Conv1d conv : layers) {
            long length = x.getShape().get(2);
            NDArray y = Activation.relu(conv.forward(ps, new NDList(x), training).singletonOrThrow());
            x = y.getShape().get(2) == length ? y : y.get(":, :, 0:" + length); // even kernels add one position
            x = x.mul(mask); // padding stays zero, so it never leaks into the next layer
            if (pool != null) {
                Shape p = new Shape(pool);
                x = Pool.maxPool1d(x, p, p, new Shape(0), true);
                mask = Pool.maxPool1d(mask, p, p, new Shape(0), true);
            }
        }
        return new NDList(x.transpose(0, 2, 1), mask.transpose(0, 2, 1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        long length = inputs[0].get(1);
        for (int i = 0; pool != null && i < layers.size(); i++) {
            length = (length + pool - 1) / pool;
        }
        Shape out = new Shape(inputs[0].get(0), length, outputWidth((int) inputs[0].get(2)));
        return new Shape[] {out, new Shape(inputs[0].get(0), length, 1)};
    }
}
