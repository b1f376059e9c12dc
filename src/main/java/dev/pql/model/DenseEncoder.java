package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/** Ludwig's {@code dense} encoder for numbers, binaries and vectors: fully connected ReLU layers. */
final class DenseEncoder extends AbstractBlock {
    private final List<Linear> layers = new ArrayList<>();
    private final Dropout dropout;
    private final int outputSize;

    DenseEncoder(int outputSize, Integer numLayers, Double dropoutRate) {
        super((byte) 1);
        this.outputSize = outputSize;
        for (int i = 0; i < (numLayers == null ? 1 : numLayers); i++) {
            layers.add(addChildBlock("fc" + i, Linear.builder().setUnits(outputSize).build()));
        }
        dropout = addChildBlock("dropout", Dropout.builder().optRate(EmbedTextEncoder.rate(dropoutRate)).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = width(inputShapes[0]);
        for (Linear layer : layers) {
            layer.initialize(manager, dataType, in);
            in = new Shape(in.get(0), outputSize);
        }
        dropout.initialize(manager, dataType, in);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        if (x.getShape().dimension() == 1) {
            x = x.expandDims(1);
        }
        for (Linear layer : layers) {
            x = Activation.relu(layer.forward(ps, new NDList(x), training).singletonOrThrow());
        }
        return dropout.forward(ps, new NDList(x), training);
    }

    private static Shape width(Shape s) {
        return s.dimension() == 1 ? new Shape(s.get(0), 1) : s;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {layers.isEmpty() ? width(inputs[0]) : new Shape(inputs[0].get(0), outputSize)};
    }
}
