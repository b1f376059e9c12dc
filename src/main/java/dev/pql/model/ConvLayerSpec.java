package dev.pql.model;

import dev.pql.config.ConvLayer;
import dev.pql.config.encoders.ImageCnnOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * One resolved 2-d convolution of the image encoder: Ludwig's conv_layers entry with its unset keys
 * taken from the encoder's own options, or {@code num_conv_layers} copies of those, or Ludwig's
 * default of two layers of 32 and 64 channels when neither is given (Conv2DStack).
 */
record ConvLayerSpec(int channels, int kernel, int stride, boolean same, String activation, float dropout,
                     boolean batchNorm, boolean bias, boolean maxPool, int pool, int poolStride) {

    static List<ConvLayerSpec> of(ImageCnnOptions c) {
        List<ConvLayer> layers = c.convLayers();
        if (layers == null) {
            layers = new ArrayList<>();
            if (c.numConvLayers() == null) {
                layers.add(new ConvLayer(32, null, null, null, null, null, null, null, null, null, null));
                layers.add(new ConvLayer(64, null, null, null, null, null, null, null, null, null, null));
            } else {
                for (int i = 0; i < c.numConvLayers(); i++) {
                    layers.add(new ConvLayer(null, null, null, null, null, null, null, null, null, null, null));
                }
            }
        }
        List<ConvLayerSpec> out = new ArrayList<>();
        for (ConvLayer l : layers) {
            int pool = or(l.poolKernelSize(), or(c.poolKernelSize(), 2));
            String poolFunction = l.poolFunction() != null ? l.poolFunction() : c.poolFunction();
            out.add(new ConvLayerSpec(or(l.outChannels(), or(c.outChannels(), 32)), or(l.kernelSize(), or(c.kernelSize(), 3)),
                    or(l.stride(), or(c.stride(), 1)), "same".equals(l.padding() != null ? l.padding() : c.padding()),
                    l.activation() != null ? l.activation() : c.convActivation() != null ? c.convActivation() : "relu",
                    (float) (l.dropout() != null ? l.dropout() : c.convDropout() != null ? c.convDropout() : 0.0),
                    "batch".equals(l.norm()), l.useBias() == null || l.useBias(),
                    poolFunction == null || poolFunction.equals("max"), pool,
                    or(l.poolStride(), or(c.poolStride(), pool))));
        }
        return out;
    }

    private static int or(Integer v, int otherwise) {
        return v == null ? otherwise : v;
    }

    /** The side after this convolution and its pooling, for an input side of {@code side}; below 1 when too small. */
    long after(long side) {
        long padding = same ? kernel / 2 : 0;
        long conv = (side + 2 * padding - kernel) / stride + 1;
        return pool <= 1 || conv < 1 ? conv : (conv - pool) / poolStride + 1;
    }
}
