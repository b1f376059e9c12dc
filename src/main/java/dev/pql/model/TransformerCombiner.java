package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.CombinerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code transformer} combiner: each input's encoding is projected to {@code hidden_size}
 * and becomes one token; {@code num_layers} self-attention layers run over the tokens (the same
 * layer as the transformer encoder's); {@code reduce_output} makes them one vector, and a fully
 * connected stack (fc_layers, num_fc_layers, fc_activation, fc_dropout, fc_residual) follows.
 */
final class TransformerCombiner extends AbstractBlock {
    private final int hiddenSize;
    private final String reduce;
    private final List<Linear> projections = new ArrayList<>();
    private final List<TransformerLayer> layers = new ArrayList<>();
    private final FcStack stack;

    TransformerCombiner(CombinerConfig c, int inputs) {
        super((byte) 1);
        hiddenSize = c.hiddenSize();
        reduce = c.reduceOutput();
        for (int i = 0; i < inputs; i++) {
            projections.add(addChildBlock("project" + i, Linear.builder().setUnits(hiddenSize).build()));
        }
        for (int i = 0; i < c.numLayers(); i++) {
            layers.add(addChildBlock("layer" + i, new TransformerLayer(hiddenSize, c.numHeads(), c.transformerOutputSize(),
                    c.dropout().floatValue())));
        }
        stack = addChildBlock("fc", new FcStack(LayerSpec.of(c.fcLayers(), c.numFcLayers(), c.outputSize(), c.fcDropout(),
                c.fcActivation(), c.norm(), c.useBias()), Boolean.TRUE.equals(c.fcResidual())));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        for (int i = 0; i < projections.size(); i++) {
            projections.get(i).initialize(manager, dataType, inputShapes[i]);
        }
        Shape tokens = new Shape(batch, projections.size(), hiddenSize);
        for (TransformerLayer l : layers) {
            l.initialize(manager, dataType, tokens, new Shape(batch, projections.size(), 1));
        }
        stack.initialize(manager, dataType, new Shape(batch, hiddenSize));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList tokens = new NDList(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            tokens.add(projections.get(i).forward(ps, new NDList(inputs.get(i)), training).singletonOrThrow());
        }
        NDArray x = NDArrays.stack(tokens, 1); // (B, inputs, hidden_size)
        NDArray mask = x.getManager().ones(new Shape(x.getShape().get(0), inputs.size(), 1), x.getDataType());
        for (TransformerLayer l : layers) {
            x = l.forward(ps, new NDList(x, mask), training).singletonOrThrow();
        }
        return stack.forward(ps, new NDList(Reduction.reduce(x, mask, reduce)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return stack.getOutputShapes(new Shape[] {new Shape(inputs[0].get(0), hiddenSize)});
    }
}
