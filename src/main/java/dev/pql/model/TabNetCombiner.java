package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.CombinerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code tabnet} combiner (Arik and Pfister, 2019, as ludwig/modules/tabnet_modules.py
 * builds it): the encoder outputs side by side, batch-normalised; then {@code num_steps} decision
 * steps, each an attentive transformer (a linear layer, ghost batch norm, times the prior, sparsemax:
 * a mask over the inputs) and a feature transformer (gated linear blocks, the first
 * {@code num_shared_blocks} shared by all steps) on the masked inputs; the ReLU of each step's first
 * {@code output_size} units is summed, projected and dropped out. The masks' entropy, times
 * {@code sparsity}, is an extra training loss ({@link #auxiliaryLoss}).
 */
final class TabNetCombiner extends AbstractBlock implements AuxiliaryLoss {
    private static final float HALF_SQRT = (float) Math.sqrt(0.5);

    private final int size;
    private final int outputSize;
    private final int steps;
    private final int totalBlocks;
    private final float relaxation;
    private final float sparsity;
    private final boolean entmax15;
    private final Integer virtualBatchSize;
    private final BatchNorm inputNorm;
    private final List<Linear> shared = new ArrayList<>();
    /** Per feature transformer (step 0 first): its own linear layers, after the shared ones. */
    private final List<List<Linear>> own = new ArrayList<>();
    /** Per feature transformer: one batch norm per block (norms are never shared). */
    private final List<List<BatchNorm>> norms = new ArrayList<>();
    /** Per decision step (1..num_steps): the attentive transformer's layer (made at initialisation) and norm. */
    private final List<Linear> attention = new ArrayList<>();
    private final List<BatchNorm> attentionNorms = new ArrayList<>();
    private final Linear projection;
    private final Dropout dropout;
    private NDArray lastLoss;

    TabNetCombiner(CombinerConfig c) {
        super((byte) 1);
        size = c.size();
        outputSize = c.outputSize();
        steps = c.numSteps();
        totalBlocks = c.numTotalBlocks();
        relaxation = c.relaxationFactor().floatValue();
        sparsity = c.sparsity().floatValue();
        entmax15 = "entmax15".equals(c.entmaxMode());
        virtualBatchSize = c.bnVirtualBs();
        double momentum = c.bnMomentum();
        double epsilon = c.bnEpsilon();
        int width = 2 * (size + outputSize); // before the gated linear unit halves it
        inputNorm = addChildBlock("input_norm", GhostBatchNorm.block(momentum, epsilon));
        for (int n = 0; n < c.numSharedBlocks(); n++) {
            shared.add(addChildBlock("shared_fc" + n, Linear.builder().setUnits(width).optBias(false).build()));
        }
        for (int s = 0; s <= steps; s++) {
            List<Linear> layers = new ArrayList<>();
            List<BatchNorm> bns = new ArrayList<>();
            for (int n = 0; n < totalBlocks; n++) {
                if (n >= shared.size()) {
                    layers.add(addChildBlock("step" + s + "_fc" + n, Linear.builder().setUnits(width).optBias(false).build()));
                }
                bns.add(addChildBlock("step" + s + "_norm" + n, GhostBatchNorm.block(momentum, epsilon)));
            }
            own.add(layers);
            norms.add(bns);
            if (s > 0) {
                attentionNorms.add(addChildBlock("step" + s + "_attention_norm", GhostBatchNorm.block(momentum, epsilon)));
            }
        }
        projection = addChildBlock("projection", Linear.builder().setUnits(outputSize).build());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(c.dropout().floatValue()).build());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        long features = concatWidth(inputShapes);
        // The attentive layers output one unit per input, a width known only now (made once, in step order).
        for (int s = attention.size() + 1; s <= steps; s++) {
            attention.add(addChildBlock("step" + s + "_attention", Linear.builder().setUnits(features).optBias(false)
                    .build()));
        }
        inputNorm.initialize(manager, dataType, new Shape(batch, features));
        long width = 2L * (size + outputSize);
        for (int n = 0; n < shared.size(); n++) {
            shared.get(n).initialize(manager, dataType, new Shape(batch, n == 0 ? features : size + outputSize));
        }
        for (int s = 0; s <= steps; s++) {
            for (int n = shared.size(); n < totalBlocks; n++) {
                own.get(s).get(n - shared.size()).initialize(manager, dataType,
                        new Shape(batch, n == 0 ? features : size + outputSize));
            }
            for (BatchNorm bn : norms.get(s)) {
                bn.initialize(manager, dataType, new Shape(batch, width));
            }
            if (s > 0) {
                attention.get(s - 1).initialize(manager, dataType, new Shape(batch, size));
                attentionNorms.get(s - 1).initialize(manager, dataType, new Shape(batch, features));
            }
        }
        projection.initialize(manager, dataType, new Shape(batch, outputSize));
        dropout.initialize(manager, dataType, new Shape(batch, outputSize));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.size() == 1 ? inputs.get(0) : NDArrays.concat(inputs, 1);
        long rows = x.getShape().get(0);
        // One row while training: the input norm uses its running statistics, as Ludwig's does.
        x = inputNorm.forward(ps, new NDList(x), training && rows > 1).singletonOrThrow();
        NDArray hidden = featureTransformer(ps, 0, x, training);
        NDArray prior = x.onesLike();
        NDArray sum = null;
        NDArray entropy = null;
        for (int s = 1; s <= steps; s++) {
            NDArray a = hidden.get(new NDIndex(":, {}:", outputSize));
            NDArray logits = attention.get(s - 1).forward(ps, new NDList(a), training).singletonOrThrow();
            logits = GhostBatchNorm.forward(attentionNorms.get(s - 1), ps, logits, training, virtualBatchSize).mul(prior);
            NDArray mask = entmax15 ? SparseMax.entmax15(logits) : SparseMax.sparsemax(logits);
            prior = prior.mul(mask.neg().add(relaxation));
            if (training && sparsity != 0) {
                NDArray e = mask.neg().mul(mask.add(1e-5f).log()).sum(new int[] {1}).mean().div(steps);
                entropy = entropy == null ? e : entropy.add(e);
            }
            hidden = featureTransformer(ps, s, mask.mul(x), training);
            NDArray out = Activation.relu(hidden.get(new NDIndex(":, :{}", outputSize)));
            sum = sum == null ? out : sum.add(out);
        }
        if (sum == null) {
            sum = x.getManager().zeros(new Shape(rows, outputSize), x.getDataType());
        }
        lastLoss = entropy == null ? null : entropy.mul(sparsity);
        NDArray y = projection.forward(ps, new NDList(sum), training).singletonOrThrow();
        return dropout.forward(ps, new NDList(y), training);
    }

    /** Gated blocks: linear, ghost batch norm, GLU; from the second on, added to the last and scaled by √½. */
    private NDArray featureTransformer(ParameterStore ps, int step, NDArray x, boolean training) {
        NDArray h = null;
        for (int n = 0; n < totalBlocks; n++) {
            Linear fc = n < shared.size() ? shared.get(n) : own.get(step).get(n - shared.size());
            NDArray z = fc.forward(ps, new NDList(h == null ? x : h), training).singletonOrThrow();
            z = GhostBatchNorm.forward(norms.get(step).get(n), ps, z, training, virtualBatchSize);
            long half = z.getShape().get(1) / 2;
            NDArray gated = z.get(new NDIndex(":, :{}", half)).mul(Activation.sigmoid(z.get(new NDIndex(":, {}:", half))));
            h = h == null ? gated : gated.add(h).mul(HALF_SQRT);
        }
        return h;
    }

    @Override
    public NDArray auxiliaryLoss() {
        NDArray l = lastLoss;
        lastLoss = null;
        return l;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), outputSize)};
    }

    private static long concatWidth(Shape[] shapes) {
        long width = 0;
        for (Shape s : shapes) {
            width += s.get(1);
        }
        return width;
    }
}
