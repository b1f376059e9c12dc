package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
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
 * Ludwig's {@code concat} combiner: encoder outputs side by side, then fully connected layers
 * ({@code num_fc_layers} alike, or {@code fc_layers} one by one), each linear, optionally normalised
 * (batch or layer), activated, dropped out, and with {@code residual} the layer's input added back
 * where the widths match.
 */
final class ConcatCombiner extends AbstractBlock {
    private final List<LayerSpec> specs;
    private final List<Linear> layers = new ArrayList<>();
    private final List<Block> norms = new ArrayList<>();
    private final boolean residual;
    private final Block dropout;

    ConcatCombiner(CombinerConfig config) {
        super((byte) 1);
        specs = LayerSpec.of(config.fcLayers(), config.numFcLayers(), config.outputSize(), config.dropout(),
                config.activation(), config.norm(), config.useBias());
        residual = Boolean.TRUE.equals(config.residual());
        for (int i = 0; i < specs.size(); i++) {
            LayerSpec s = specs.get(i);
            layers.add(addChildBlock("fc" + i, Linear.builder().setUnits(s.units()).optBias(s.useBias()).build()));
            if ("batch".equals(s.norm())) {
                norms.add(addChildBlock("norm" + i, BatchNorm.builder().build()));
            } else if ("layer".equals(s.norm())) {
                norms.add(addChildBlock("norm" + i, LayerNorm.builder().axis(1).build()));
            } else {
                norms.add(null);
            }
        }
        // Kept (it has no parameters) so that the weights of versions saved before fc_layers still load:
        // a block's saved form lists its children. Each layer drops out at its own rate in FcStack.apply.
        dropout = addChildBlock("dropout", Dropout.builder().optRate(config.dropout().floatValue()).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long width = concatWidth(inputShapes);
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).initialize(manager, dataType, new Shape(batch, width));
            width = specs.get(i).units();
            if (norms.get(i) != null) {
                norms.get(i).initialize(manager, dataType, new Shape(batch, width));
            }
        }
        dropout.initialize(manager, dataType, new Shape(batch, width));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.size() == 1 ? inputs.get(0) : NDArrays.concat(inputs, 1);
        return new NDList(FcStack.apply(ps, x, training, layers, norms, specs, residual));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), specs.isEmpty() ? concatWidth(inputs)
                : specs.get(specs.size() - 1).units())};
    }

    private static long concatWidth(Shape[] shapes) {
        long width = 0;
        for (Shape s : shapes) {
            width += s.get(1);
        }
        return width;
    }
}
