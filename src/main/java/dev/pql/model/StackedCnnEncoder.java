package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.encoders.StackedCnnOptions;

/**
 * Ludwig's {@code stacked_cnn} text encoder: token embeddings, {@code num_conv_layers} 1-d
 * convolutions one after another (each sees the previous one's features, so the receptive field
 * grows), then a reduction over the sequence: shape (batch, num_filters).
 */
final class StackedCnnEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final ConvStack convs;
    private final Dropout dropout;
    private final int dim;
    private final String reduce;

    StackedCnnEncoder(int vocabularySize, StackedCnnOptions c) {
        super((byte) 1);
        this.embedding = new Embedding(vocabularySize, c.embeddingSize());
        addParameter(embedding.parameter());
        convs = addChildBlock("convs", new ConvStack(c.numConvLayers(), c.filterSize(), c.numFilters(), c.poolSize()));
        dim = convs.outputWidth(c.embeddingSize());
        reduce = c.reduceOutput();
        dropout = addChildBlock("dropout", Dropout.builder().optRate(EmbedTextEncoder.rate(c.dropout())).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        convs.initialize(manager, dataType, new Shape(in.get(0), in.get(1), embedding.dim()), new Shape(in.get(0), in.get(1), 1));
        dropout.initialize(manager, dataType, new Shape(in.get(0), dim));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        NDArray mask = Reduction.mask(ids);
        NDList out = convs.forward(ps, new NDList(embedding.lookupMasked(ps, ids, training), mask), training);
        NDArray reduced = Reduction.reduce(out.get(0), out.get(1), reduce);
        return dropout.forward(ps, new NDList(reduced), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), dim)};
    }
}
