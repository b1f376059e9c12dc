package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.fraction;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.LAYERS;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pql.config.Check;
import dev.pql.config.ConvLayer;
import dev.pql.config.FcLayer;
import dev.pql.config.Option;
import java.util.List;

/**
 * The image {@code stacked_cnn} encoder (Ludwig's Stacked2DCNN): 2-d convolutions, each followed by
 * pooling, then fully connected layers. A layer of {@code conv_layers} or {@code fc_layers} takes
 * the options here for the keys it leaves unset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageCnnOptions(
        @JsonProperty("output_size") Integer outputSize,
        @JsonProperty("num_conv_layers") Integer numConvLayers,
        @JsonProperty("conv_layers") List<ConvLayer> convLayers,
        @JsonProperty("out_channels") Integer outChannels,
        @JsonProperty("kernel_size") Integer kernelSize,
        @JsonProperty("stride") Integer stride,
        @JsonProperty("padding") String padding,
        @JsonProperty("conv_activation") String convActivation,
        @JsonProperty("conv_dropout") Double convDropout,
        @JsonProperty("pool_function") String poolFunction,
        @JsonProperty("pool_kernel_size") Integer poolKernelSize,
        @JsonProperty("pool_stride") Integer poolStride,
        @JsonProperty("num_fc_layers") Integer numFcLayers,
        @JsonProperty("fc_layers") List<FcLayer> fcLayers,
        @JsonProperty("fc_activation") String fcActivation,
        @JsonProperty("fc_dropout") Double fcDropout,
        @JsonProperty("fc_norm") String fcNorm) implements EncoderOptions {

    private static final Check ACTIVATION = oneOf(FcLayer.ACTIVATIONS, FcLayer.LUDWIG_ACTIVATIONS);

    static List<Option> options(String s) {
        return List.of(
                opt(s, "conv_layers", LAYERS, null, ConvLayer.check(), "The convolutions one by one "
                        + "([{out_channels: 32}, {out_channels: 64, dropout: 0.2}]); a layer's unset keys take the options "
                        + "below. Ludwig's older num_filters, filter_size and pool_size are read as out_channels, "
                        + "kernel_size and pool_kernel_size. Replaces num_conv_layers when set; two layers (32 and 64 "
                        + "channels) when neither is set."),
                opt(s, "num_conv_layers", INT, null, atLeast(1), "Convolution layers, each with the options below."),
                opt(s, "out_channels", INT, 32, atLeast(1), "Filters per convolution."),
                opt(s, "kernel_size", INT, 3, atLeast(1), "Convolution window, in pixels (square)."),
                opt(s, "stride", INT, 1, atLeast(1), "Convolution step, in pixels."),
                opt(s, "padding", STRING, "valid", oneOf("valid", "same"), "valid: no padding; same: pad to keep the "
                        + "size (stride 1)."),
                opt(s, "conv_activation", STRING, "relu", ACTIVATION, "Activation after each convolution."),
                opt(s, "conv_dropout", FLOAT, 0.0, fraction(), "Dropout rate after each convolution's pooling."),
                opt(s, "pool_function", STRING, "max", oneOf(ConvLayer.POOL_FUNCTIONS, List.of()), "Pooling after each "
                        + "convolution: max or average (avg, mean)."),
                opt(s, "pool_kernel_size", INT, 2, atLeast(1), "Pooling window, in pixels; 1 does not pool."),
                opt(s, "pool_stride", INT, null, atLeast(1), "Pooling step; the window when not set."),
                opt(s, "num_fc_layers", INT, 1, atLeast(0), "Fully connected layers after the convolutions."),
                opt(s, "fc_layers", LAYERS, null, FcLayer.check(), "Those layers one by one; unset keys take the "
                        + "options here. Replaces num_fc_layers when set."),
                opt(s, "output_size", INT, 128, atLeast(1), "Width of each fully connected layer."),
                opt(s, "fc_activation", STRING, "relu", ACTIVATION, "Activation of the fully connected layers."),
                opt(s, "fc_dropout", FLOAT, 0.0, fraction(), "Dropout rate of the fully connected layers."),
                opt(s, "fc_norm", STRING, null, oneOf(List.of("batch", "layer"), List.of("ghost")), "Normalisation of "
                        + "the fully connected layers; none when not set."));
    }
}
