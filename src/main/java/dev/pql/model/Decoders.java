package dev.pql.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.DecoderConfig;
import java.util.List;

/**
 * The output heads by Ludwig's decoder names: {@code regressor} and {@code classifier} (a linear
 * layer after the optional fc_ stack) and {@code mlp_classifier} (hidden layers, then the linear
 * layer). Without hidden layers the head is the bare linear layer, as saved versions have it.
 */
final class Decoders {
    private Decoders() {
    }

    static Block create(DecoderConfig c, int units) {
        List<LayerSpec> hidden = c == null ? List.of() : "mlp_classifier".equals(c.type())
                ? LayerSpec.of(c.fcLayers(), c.numFcLayers(), c.outputSize(), c.dropout(), c.activation(), null, c.useBias())
                : LayerSpec.of(c.fcLayers(), c.numFcLayers(), c.fcOutputSize(), c.fcDropout(), c.fcActivation(), c.fcNorm(),
                c.fcUseBias());
        Linear out = Linear.builder().setUnits(units).build();
        return hidden.isEmpty() ? out : new Stacked(new FcStack(hidden, false), out);
    }

    /** Hidden layers, then the output layer. */
    private static final class Stacked extends AbstractBlock {
        private final FcStack hidden;
        private final Linear out;

        Stacked(FcStack hidden, Linear out) {
            super((byte) 1);
            this.hidden = addChildBlock("hidden", hidden);
            this.out = addChildBlock("output", out);
        }

        @Override
        protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
            hidden.initialize(manager, dataType, inputShapes);
            out.initialize(manager, dataType, hidden.getOutputShapes(inputShapes));
        }

        @Override
        protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                         PairList<String, Object> params) {
            return out.forward(ps, hidden.forward(ps, inputs, training), training);
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputs) {
            return out.getOutputShapes(hidden.getOutputShapes(inputs));
        }
    }
}
