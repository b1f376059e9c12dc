package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.features.DateProcessor;

/**
 * Ludwig's {@code embed} date encoder: one learned embedding per calendar component (month, day,
 * weekday, day of year, hour, minute, second) beside the year and the time of day as numbers.
 * Takes the (B, 9) components of {@link DateProcessor}; returns (B, 7 * dim + 2).
 */
final class DateEmbedEncoder extends AbstractBlock {
    private final Embedding[] embeddings = new Embedding[DateProcessor.CARDINALITIES.length];
    private final Dropout dropout;
    private final int dim;

    DateEmbedEncoder(int dim, Double dropoutRate) {
        super((byte) 1);
        this.dim = dim;
        for (int i = 0; i < embeddings.length; i++) {
            embeddings[i] = new Embedding(DateProcessor.CARDINALITIES[i], dim, "component" + i);
            addParameter(embeddings[i].parameter());
        }
        dropout = addChildBlock("dropout", Dropout.builder().optRate(EmbedTextEncoder.rate(dropoutRate)).build());
    }

    private int width() {
        return embeddings.length * dim + 2;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        dropout.initialize(manager, dataType, new Shape(inputShapes[0].get(0), width()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow(); // (B, 9): year, 7 components, time of day
        NDList parts = new NDList(x.get(":, 0:1"));
        for (int i = 0; i < embeddings.length; i++) {
            NDArray ids = x.get(":, " + (i + 1)).toType(DataType.INT64, false);
            parts.add(embeddings[i].lookup(ps, ids, training));
        }
        parts.add(x.get(":, 8:9"));
        return dropout.forward(ps, new NDList(NDArrays.concat(parts, 1)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), width())};
    }
}
