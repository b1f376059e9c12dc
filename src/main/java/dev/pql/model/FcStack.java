package dev.pql.model;

import ai.djl.ndarray.NDArray;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's FCStack: fully connected layers one after another, each linear, optionally normalised
 * (batch or layer), activated and dropped out; with {@code residual}, a layer's input is added to its
 * output where the widths match. Used by decoders and the concat combiner's layers.
 */
final class FcStack extends AbstractBlock {
    private final List<LayerSpec> specs;
    private final List<Linear> layers = new ArrayList<>();
    private final List<Block> norms = new ArrayList<>();
    private final boolean residual;

    FcStack(List<LayerSpec> specs, boolean residual) {
        super((byte) 1);
        this.specs = List.copyOf(specs);
        this.residual = residual;
        for (int i = 0; i < specs.size(); i++) {
            LayerSpec s = specs.get(i);
            layers.add(addChildBlock("fc" + i, Linear.builder().setUnits(s.units()).optBias(s.useBias()).build()));
            norms.add(norm(s.norm(), i));
        }
    }

    /** A norm block for layer {@code i}, registered as a child, or null. */
    private Block norm(String kind, int i) {
        if ("batch".equals(kind)) {
            return addChildBlock("norm" + i, BatchNorm.builder().build());
        } else if ("layer".equals(kind)) {
            return addChildBlock("norm" + i, LayerNorm.builder().axis(1).build());
        }
        return null;
    }

    /** The width out of the stack for an input of {@code width}. */
    long outputWidth(long width) {
        return specs.isEmpty() ? width : specs.get(specs.size() - 1).units();
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long width = inputShapes[0].get(1);
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).initialize(manager, dataType, new Shape(batch, width));
            width = specs.get(i).units();
            if (norms.get(i) != null) {
                norms.get(i).initialize(manager, dataType, new Shape(batch, width));
            }
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(ps, inputs.singletonOrThrow(), training, layers, norms, specs, residual));
    }

    /** The layers on {@code x} (shared with the concat combiner, whose blocks keep their own names). */
    static NDArray apply(ParameterStore ps, NDArray x, boolean training, List<Linear> layers, List<Block> norms,
                         List<LayerSpec> specs, boolean residual) {
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec s = specs.get(i);
            NDArray y = layers.get(i).forward(ps, new NDList(x), training).singletonOrThrow();
            if (norms.get(i) != null) {
                y = norms.get(i).forward(ps, new NDList(y), training).singletonOrThrow();
            }
            y = LayerSpec.activate(s.activation(), y);
            if (s.dropout() > 0) {
                y = Dropout.dropout(y, s.dropout(), training).singletonOrThrow();
            }
            x = residual && y.getShape().equals(x.getShape()) ? y.add(x) : y;
        }
        return x;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), outputWidth(inputs[0].get(1)))};
    }
}
