package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.encoders.ImageCnnOptions;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code stacked_cnn} image encoder (Stacked2DCNN), trained from scratch: 2-d convolutions
 * one after another, each activated, pooled and dropped out; the last feature map flattened, then
 * fully connected layers: shape (batch, output_size). Takes the image processor's rows, (batch,
 * C * H * W) floats, and reshapes them to (batch, C, H, W).
 *
 * <p>Written as a DJL {@link AbstractBlock} (children registered with {@code addChildBlock}, shapes
 * from {@link #getOutputShapes}, initialisation in {@link #initializeChildBlocks}) rather than a
 * {@code SequentialBlock}, because the reshape, the per-layer pooling choices and the width that
 * the flattened map gives the first fully connected layer are computed from the image size, which a
 * sequential chain of stock blocks cannot carry; the same recipe as {@link ParallelCnnEncoder}.
 */
final class ImageCnnEncoder extends AbstractBlock {
    private final int channels;
    private final int height;
    private final int width;
    private final List<ConvLayerSpec> specs;
    private final List<Conv2d> convs = new ArrayList<>();
    private final List<Block> norms = new ArrayList<>();
    private final FcStack fc;
    private final long flat;

    ImageCnnEncoder(ImageCnnOptions c, String feature, int channels, int height, int width) {
        super((byte) 1);
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.specs = ConvLayerSpec.of(c);
        long h = height;
        long w = width;
        for (int i = 0; i < specs.size(); i++) {
            ConvLayerSpec s = specs.get(i);
            int pad = s.same() ? s.kernel() / 2 : 0;
            convs.add(addChildBlock("conv" + i, Conv2d.builder().setKernelShape(new Shape(s.kernel(), s.kernel()))
                    .optStride(new Shape(s.stride(), s.stride())).optPadding(new Shape(pad, pad))
                    .setFilters(s.channels()).optBias(s.bias()).build()));
            norms.add(s.batchNorm() ? addChildBlock("norm" + i, BatchNorm.builder().build()) : null);
            h = s.after(h);
            w = s.after(w);
            if (h < 1 || w < 1) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "Image feature '" + feature + "': its " + height + " x "
                        + width + " images shrink to nothing by convolution layer " + (i + 1) + " of " + specs.size()
                        + " (kernel " + s.kernel() + ", stride " + s.stride() + ", pooling " + s.pool() + "). Use fewer "
                        + "conv_layers, padding same, smaller kernels or pooling, or a larger preprocessing height and width.");
            }
        }
        this.flat = h * w * (specs.isEmpty() ? channels : specs.get(specs.size() - 1).channels());
        this.fc = addChildBlock("fc", new FcStack(LayerSpec.of(c.fcLayers(), c.numFcLayers(), c.outputSize(),
                c.fcDropout(), c.fcActivation(), c.fcNorm(), true), false));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        Shape in = new Shape(batch, channels, height, width);
        for (int i = 0; i < convs.size(); i++) {
            convs.get(i).initialize(manager, dataType, in);
            Shape out = convs.get(i).getOutputShapes(new Shape[] {in})[0];
            if (norms.get(i) != null) {
                norms.get(i).initialize(manager, dataType, out);
            }
            ConvLayerSpec s = specs.get(i);
            in = new Shape(batch, s.channels(), s.after(in.get(2)), s.after(in.get(3)));
        }
        fc.initialize(manager, dataType, new Shape(batch, flat));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        x = x.reshape(x.getShape().get(0), channels, height, width);
        for (int i = 0; i < convs.size(); i++) {
            ConvLayerSpec s = specs.get(i);
            x = convs.get(i).forward(ps, new NDList(x), training).singletonOrThrow();
            if (norms.get(i) != null) {
                x = norms.get(i).forward(ps, new NDList(x), training).singletonOrThrow();
            }
            x = LayerSpec.activate(s.activation(), x);
            if (s.pool() > 1) {
                Shape window = new Shape(s.pool(), s.pool());
                Shape step = new Shape(s.poolStride(), s.poolStride());
                x = s.maxPool() ? Pool.maxPool2d(x, window, step, new Shape(0, 0), false)
                        : Pool.avgPool2d(x, window, step, new Shape(0, 0), false, true);
            }
            if (s.dropout() > 0) {
                x = Dropout.dropout(x, s.dropout(), training).singletonOrThrow();
            }
        }
        return fc.forward(ps, new NDList(x.reshape(x.getShape().get(0), flat)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), fc.outputWidth(flat))};
    }
}
