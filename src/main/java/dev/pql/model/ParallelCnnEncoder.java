package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code parallel_cnn} text encoder: token embeddings, one 1-d convolution per filter
 * size side by side, ReLU, max over time, concatenated: shape (batch, num_filters * sizes).
 */
final class ParallelCnnEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final List<Conv1d> convolutions = new ArrayList<>();
    private final Dropout dropout;
    private final int dim;
    private final int filters;
    private final int maxKernel;
    private final List<Integer> sizes;

    ParallelCnnEncoder(int vocabularySize, int dim, int filters, List<Integer> sizes, double dropoutRate) {
        super((byte) 1);
        this.dim = dim;
        this.filters = filters;
        this.sizes = List.copyOf(sizes);
        this.maxKernel = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
        this.embedding = new Embedding(vocabularySize, dim);
        addParameter(embedding.parameter());
        for (int size : sizes) {
            convolutions.add(addChildBlock("conv" + size,
                    Conv1d.builder().setKernelShape(new Shape(size)).setFilters(filters).build()));
        }
        dropout = addChildBlock("dropout", Dropout.builder().optRate((float) dropoutRate).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape convInput = new Shape(inputShapes[0].get(0), dim, Math.max(maxKernel, inputShapes[0].get(1)));
        for (Conv1d conv : convolutions) {
            conv.initialize(manager, dataType, convInput);
        }
        dropout.initialize(manager, dataType, new Shape(inputShapes[0].get(0), filters * convolutions.size()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        long length = ids.getShape().get(1);
        if (length < maxKernel) { // every kernel needs at least its own width of positions
            NDArray pad = ids.getManager().zeros(new Shape(ids.getShape().get(0), maxKernel - length), ids.getDataType());
            ids = ids.concat(pad, 1);
        }
        NDArray x = embedding.lookupMasked(ps, ids, training).transpose(0, 2, 1); // (B, D, L)
        // A transposed view is not contiguous, and each convolution would copy it to make it so (a
        // quarter of the convolutions' time in libtorch's profiler): copy it once for all of them.
        x = x.flatten().reshape(x.getShape());
        NDArray lengths = ids.neq(0).toType(DataType.FLOAT32, false).sum(new int[] {1}).expandDims(1); // (B, 1)
        NDList pooled = new NDList();
        for (int i = 0; i < convolutions.size(); i++) {
            NDArray y = convolutions.get(i).forward(ps, new NDList(x), training).singletonOrThrow(); // (B, F, L')
            // Only windows that start on a real token and fit in the value (the first one always): the
            // same windows whatever the batch's padded length, so predictions do not depend on the batch.
            long windows = y.getShape().get(2);
            NDArray start = ids.getManager().arange(0f, (float) windows).expandDims(0); // (1, L')
            NDArray valid = start.lte(lengths.sub(sizes.get(i)).maximum(0f)).toType(DataType.FLOAT32, false).expandDims(1);
            // ReLU after the max over windows: ReLU is monotonic, so ReLU(max) = max(ReLU), and a zeroed
            // (invalid) window wins only where every valid one is negative, which ReLU makes 0 anyway: the
            // same values on (B, F) instead of (B, F, L'), a pass over the largest tensor saved each way.
            pooled.add(Activation.relu(y.mul(valid).max(new int[] {2})));
        }
        return dropout.forward(ps, new NDList(NDArrays.concat(pooled, 1)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), (long) filters * convolutions.size())};
    }
}
