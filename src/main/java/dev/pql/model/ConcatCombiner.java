package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.CombinerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code concat} combiner: encoder outputs side by side, then fully connected layers,
 * each linear, optionally normalised (batch or layer), ReLU, dropout, and with {@code residual}
 * the layer's input added back where the widths match.
 */
final class ConcatCombiner extends AbstractBlock {
    private final List<Linear> layers = new ArrayList<>();
    private final List<Block> norms = new ArrayList<>();
    private final Dropout dropout;
    private final int outputSize;
    private final boolean residual;

    ConcatCombiner(CombinerConfig config) {
        super((byte) 1);
        outputSize = config.outputSize();
        residual = Boolean.TRUE.equals(config.residual());
        for (int i = 0; i < config.numFcLayers(); i++) {
            layers.add(addChildBlock("fc" + i, Linear.builder().setUnits(config.outputSize()).build()));
            if ("batch".equals(config.norm())) {
                norms.add(addChildBlock("norm" + i, BatchNorm.builder().build()));
            } else if ("layer".equals(config.norm())) {
                norms.add(addChildBlock("norm" + i, LayerNorm.builder().axis(1).build()));
            }
        }
        dropout = addChildBlock("dropout", Dropout.builder().optRate(config.dropout().floatValue()).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long width = concatWidth(inputShapes);
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).initialize(manager, dataType, new Shape(batch, width));
            width = outputSize;
            if (!norms.isEmpty()) {
                norms.get(i).initialize(manager, dataType, new Shape(batch, width));
            }
        }
        dropout.initialize(manager, dataType, new Shape(batch, width));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.size() == 1 ? inputs.get(0) : NDArrays.concat(inputs, 1);
        for (int i = 0; i < layers.size(); i++) {
            NDArray y = layers.get(i).forward(ps, new NDList(x), training).singletonOrThrow();
            if (!norms.isEmpty()) {
                y = norms.get(i).forward(ps, new NDList(y), training).singletonOrThrow();
            }
            y = dropout.forward(ps, new NDList(Activation.relu(y)), training).singletonOrThrow();
            x = residual && y.getShape().equals(x.getShape()) ? y.add(x) : y;
        }
        return new NDList(x);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), layers.isEmpty() ? concatWidth(inputs) : outputSize)};
    }

    private static long concatWidth(Shape[] shapes) {
        long width = 0;
        for (Shape s : shapes) {
            width += s.get(1);
        }
        return width;
    }
}
