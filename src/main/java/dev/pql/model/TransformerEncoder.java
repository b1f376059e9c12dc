package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import dev.pql.config.encoders.TransformerOptions;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code transformer} text encoder: token plus learned position embeddings, projected to
 * {@code transformer_output_size}, {@code num_layers} self-attention layers that never attend to
 * padding, then a reduction over the sequence: shape (batch, transformer_output_size).
 */
final class TransformerEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final Parameter positions;
    private final Linear projection;
    private final List<TransformerLayer> layers = new ArrayList<>();
    private final Dropout dropout;
    private final int width;
    private final int maxLength;
    private final String reduce;

    TransformerEncoder(int vocabularySize, TransformerOptions c, Integer maxSequenceLength) {
        super((byte) 1);
        embedding = new Embedding(vocabularySize, c.embeddingSize());
        addParameter(embedding.parameter());
        maxLength = maxSequenceLength == null ? 256 : maxSequenceLength;
        positions = addParameter(Parameter.builder().setName("positions").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(maxLength, c.embeddingSize())).optInitializer(new NormalInitializer(0.02f)).build());
        width = c.transformerOutputSize();
        if (width % c.numHeads() != 0) {
            throw new PqlException(ErrorCode.INVALID_CONFIG, "Invalid config at 'encoder.num_heads': " + c.numHeads()
                    + " heads do not divide transformer_output_size " + width + "; each head takes an equal share.");
        }
        projection = addChildBlock("projection", Linear.builder().setUnits(width).build());
        for (int i = 0; i < c.numLayers(); i++) {
            layers.add(addChildBlock("layer" + i, new TransformerLayer(width, c.numHeads(), c.hiddenSize(),
                    EmbedTextEncoder.rate(c.dropout()))));
        }
        reduce = c.reduceOutput();
        dropout = addChildBlock("dropout", Dropout.builder().optRate(EmbedTextEncoder.rate(c.dropout())).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long length = inputShapes[0].get(1);
        projection.initialize(manager, dataType, new Shape(batch, length, embedding.dim()));
        for (TransformerLayer layer : layers) {
            layer.initialize(manager, dataType, new Shape(batch, length, width), new Shape(batch, length, 1));
        }
        dropout.initialize(manager, dataType, new Shape(batch, width));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        long length = Math.min(ids.getShape().get(1), maxLength);
        if (length < ids.getShape().get(1)) {
            ids = ids.get(":, 0:" + length);
        }
        NDArray mask = Reduction.mask(ids);
        NDArray pos = ps.getValue(positions, ids.getDevice(), training).get("0:" + length).expandDims(0);
        NDArray x = embedding.lookup(ps, ids, training).add(pos);
        x = projection.forward(ps, new NDList(x), training).singletonOrThrow();
        for (TransformerLayer layer : layers) {
            x = layer.forward(ps, new NDList(x, mask), training).singletonOrThrow();
        }
        return dropout.forward(ps, new NDList(Reduction.reduce(x, mask, reduce)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), width)};
    }
}
