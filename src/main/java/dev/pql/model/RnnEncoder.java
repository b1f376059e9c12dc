package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RNN;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.encoders.CnnRnnOptions;
import dev.pql.config.encoders.RnnOptions;

/**
 * Ludwig's {@code rnn} text encoder (and {@code cnnrnn}: convolutions first): token embeddings,
 * a recurrent layer stack (cell_type rnn, lstm or gru), then a reduction over the sequence
 * ({@code last}: the state at each row's last real token). Bidirectional runs a second stack on
 * each row's tokens reversed (not the padded row reversed, which would start the backward pass in
 * the padding): so a value's encoding never depends on how much padding its batch needed.
 */
final class RnnEncoder extends AbstractBlock {
    private final Embedding embedding;
    private final ConvStack convs;
    private final RecurrentBlock forward;
    private final RecurrentBlock backward;
    private final Dropout dropout;
    private final int stateSize;
    private final String reduce;

    /** The {@code rnn} encoder: no convolutions before the recurrent stack. */
    static RnnEncoder of(int vocabularySize, RnnOptions c) {
        return new RnnEncoder(vocabularySize, c.embeddingSize(), new ConvStack(0, 1, 1, null),
                new Recurrence(c.cellType(), c.stateSize(), c.numLayers(), Boolean.TRUE.equals(c.bidirectional())),
                c.reduceOutput(), c.dropout());
    }

    /** The {@code cnnrnn} encoder: its convolutions, then the recurrent stack (one layer when a config names none). */
    static RnnEncoder of(int vocabularySize, CnnRnnOptions c) {
        return new RnnEncoder(vocabularySize, c.embeddingSize(), new ConvStack(c.numConvLayers(), c.filterSize(),
                c.numFilters(), c.poolSize()), new Recurrence(c.cellType(), c.stateSize(),
                c.numRecLayers() != null ? c.numRecLayers() : 1, Boolean.TRUE.equals(c.bidirectional())),
                c.reduceOutput(), c.dropout());
    }

    /** The recurrent stack: its cell (rnn, lstm, gru), state size, layers and direction. */
    private record Recurrence(String cellType, int stateSize, int layers, boolean bidirectional) {
    }

    private RnnEncoder(int vocabularySize, int embeddingSize, ConvStack convStack, Recurrence r, String reduceOutput,
                       Double dropoutRate) {
        super((byte) 1);
        embedding = new Embedding(vocabularySize, embeddingSize);
        addParameter(embedding.parameter());
        convs = addChildBlock("convs", convStack);
        stateSize = r.stateSize();
        forward = addChildBlock("forward", cell(r.cellType(), r.layers()));
        backward = r.bidirectional() ? addChildBlock("backward", cell(r.cellType(), r.layers())) : null;
        reduce = reduceOutput;
        dropout = addChildBlock("dropout", Dropout.builder().optRate(EmbedTextEncoder.rate(dropoutRate)).build());
    }

    private RecurrentBlock cell(String type, int layers) {
        return switch (type) {
            case "lstm" -> LSTM.builder().setStateSize(stateSize).setNumLayers(layers).optBatchFirst(true)
                    .optReturnState(false).build();
            case "gru" -> GRU.builder().setStateSize(stateSize).setNumLayers(layers).optBatchFirst(true)
                    .optReturnState(false).build();
            default -> RNN.builder().setStateSize(stateSize).setNumLayers(layers).optBatchFirst(true)
                    .optReturnState(false).setActivation(RNN.Activation.TANH).build();
        };
    }

    private int width() {
        return stateSize * (backward == null ? 1 : 2);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape embedded = new Shape(in.get(0), in.get(1), embedding.dim());
        Shape mask = new Shape(in.get(0), in.get(1), 1);
        convs.initialize(manager, dataType, embedded, mask);
        Shape convOut = convs.getOutputShapes(new Shape[] {embedded, mask})[0];
        forward.initialize(manager, dataType, convOut);
        if (backward != null) {
            backward.initialize(manager, dataType, convOut);
        }
        dropout.initialize(manager, dataType, new Shape(in.get(0), width()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        NDList x = convs.forward(ps, new NDList(embedding.lookupMasked(ps, ids, training), Reduction.mask(ids)), training);
        NDArray mask = x.get(1);
        NDArray reduced = Reduction.reduce(forward.forward(ps, new NDList(x.get(0)), training).head(), mask, reduce);
        if (backward != null) {
            NDArray reversed = reverseRows(x.get(0), mask);
            NDArray states = backward.forward(ps, new NDList(reversed), training).head();
            reduced = NDArrays.concat(new NDList(reduced, Reduction.reduce(states, mask, reduce)), 1);
        }
        return dropout.forward(ps, new NDList(reduced), training);
    }

    /** (B, L, D) with each row's real positions in reverse order, padding still on the right. */
    static NDArray reverseRows(NDArray x, NDArray mask) {
        long length = x.getShape().get(1);
        NDArray lengths = mask.sum(new int[] {1}); // (B, 1)
        NDArray positions = x.getManager().arange(0f, (float) length).expandDims(0); // (1, L)
        NDArray source = lengths.sub(1f).sub(positions); // row position j reads len - 1 - j
        NDArray real = source.gte(0f).toType(DataType.FLOAT32, false);
        source = source.mul(real).add(positions.mul(real.neg().add(1f))); // padding reads itself
        NDArray index = source.toType(DataType.INT64, false).expandDims(2).broadcast(x.getShape());
        return x.gather(index, 1);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), width())};
    }
}
