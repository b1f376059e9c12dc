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

/**
 * Ludwig's {@code embed} encoder for set and bag features: the sum of the members' embeddings,
 * weighted by count for a bag. Takes the (B, V) multi-hot or count matrix, returns (B, dim).
 */
final class SetEmbedEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final Dropout dropout;
    private final int dim;

    SetEmbedEncoder(int vocabularySize, int dim, Double dropoutRate) {
        super((byte) 1);
        this.dim = dim;
        embedding = new Embedding(vocabularySize, dim);
        addParameter(embedding.parameter());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(EmbedTextEncoder.rate(dropoutRate)).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        dropout.initialize(manager, dataType, new Shape(inputShapes[0].get(0), dim));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray counts = inputs.singletonOrThrow();
        NDArray summed = counts.matMul(embedding.weight(ps, counts, training));
        return dropout.forward(ps, new NDList(summed), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), dim)};
    }
}
