package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One post-norm transformer encoder layer: multi-head self-attention (padding masked out of the
 * keys), then a ReLU feed-forward layer, each with dropout, a residual and layer norm. Takes
 * (B, L, D) and the (B, L, 1) token mask. Written here because DJL's block normalises with batch
 * norm, which padding skews.
 */
final class TransformerLayer extends AbstractBlock {
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear output;
    private final Linear hidden;
    private final Linear back;
    private final LayerNorm norm1;
    private final LayerNorm norm2;
    private final Dropout dropout;
    private final int width;
    private final int heads;

    TransformerLayer(int width, int heads, int hiddenSize, float dropoutRate) {
        super((byte) 1);
        this.width = width;
        this.heads = heads;
        query = addChildBlock("query", Linear.builder().setUnits(width).build());
        key = addChildBlock("key", Linear.builder().setUnits(width).build());
        value = addChildBlock("value", Linear.builder().setUnits(width).build());
        output = addChildBlock("output", Linear.builder().setUnits(width).build());
        hidden = addChildBlock("hidden", Linear.builder().setUnits(hiddenSize).build());
        back = addChildBlock("back", Linear.builder().setUnits(width).build());
        norm1 = addChildBlock("norm1", LayerNorm.builder().axis(2).build());
        norm2 = addChildBlock("norm2", LayerNorm.builder().axis(2).build());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(dropoutRate).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        for (Linear l : new Linear[] {query, key, value, output, hidden}) {
            l.initialize(manager, dataType, x);
        }
        back.initialize(manager, dataType, hidden.getOutputShapes(new Shape[] {x})[0]);
        norm1.initialize(manager, dataType, x);
        norm2.initialize(manager, dataType, x);
        dropout.initialize(manager, dataType, x);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray mask = inputs.get(1); // (B, L, 1)
        long b = x.getShape().get(0);
        long l = x.getShape().get(1);
        long h = width / heads;
        NDArray q = heads(apply(query, ps, x, training), b, l, h);
        NDArray k = heads(apply(key, ps, x, training), b, l, h);
        NDArray v = heads(apply(value, ps, x, training), b, l, h);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(h)); // (B, N, L, L)
        NDArray keyMask = mask.reshape(b, 1, 1, l);
        scores = scores.add(keyMask.sub(1).mul(1e4f));
        NDArray attended = scores.softmax(3).matMul(v).transpose(0, 2, 1, 3).reshape(b, l, width);
        NDArray a = drop(ps, apply(output, ps, attended, training), training);
        x = norm1.forward(ps, new NDList(x.add(a)), training).singletonOrThrow();
        NDArray f = apply(back, ps, Activation.relu(apply(hidden, ps, x, training)), training);
        x = norm2.forward(ps, new NDList(x.add(drop(ps, f, training))), training).singletonOrThrow();
        return new NDList(x.mul(mask));
    }

    private NDArray heads(NDArray x, long b, long l, long h) {
        return x.reshape(b, l, heads, h).transpose(0, 2, 1, 3);
    }

    private static NDArray apply(Linear layer, ParameterStore ps, NDArray x, boolean training) {
        return layer.forward(ps, new NDList(x), training).singletonOrThrow();
    }

    private NDArray drop(ParameterStore ps, NDArray x, boolean training) {
        return dropout.forward(ps, new NDList(x), training).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0]};
    }
}
