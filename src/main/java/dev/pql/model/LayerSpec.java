package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import dev.pql.config.FcLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * One resolved fully connected layer: Ludwig's fc_layers entry with its unset keys taken from the
 * section's own options (or {@code count} copies of those when there is no fc_layers list).
 */
record LayerSpec(int units, float dropout, String activation, String norm, boolean useBias) {

    static List<LayerSpec> of(List<FcLayer> layers, Integer count, Integer units, Double dropout, String activation,
                              String norm, Boolean useBias) {
        int u = units == null ? 256 : units;
        float d = dropout == null ? 0f : dropout.floatValue();
        String a = activation == null ? "relu" : activation;
        boolean b = useBias == null || useBias;
        List<LayerSpec> out = new ArrayList<>();
        if (layers != null) {
            for (FcLayer l : layers) {
                out.add(new LayerSpec(l.outputSize() == null ? u : l.outputSize(),
                        l.dropout() == null ? d : l.dropout().floatValue(), l.activation() == null ? a : l.activation(),
                        l.norm() == null ? norm : l.norm(), l.useBias() == null ? b : l.useBias()));
            }
            return out;
        }
        for (int i = 0; i < (count == null ? 0 : count); i++) {
            out.add(new LayerSpec(u, d, a, norm, b));
        }
        return out;
    }

    /** Ludwig's activation {@code name} (ludwig/utils/torch_utils.py) on {@code x}. */
    static NDArray activate(String name, NDArray x) {
        return switch (name) {
            case "tanh" -> Activation.tanh(x);
            case "sigmoid" -> Activation.sigmoid(x);
            case "elu" -> Activation.elu(x, 1f);
            case "leakyRelu" -> Activation.leakyRelu(x, 0.01f);
            case "logSigmoid" -> Activation.softPlus(x.neg()).neg(); // log(sigmoid(x)), stable for large |x|
            case "gelu" -> Activation.gelu(x);
            case "silu", "swish" -> Activation.swish(x, 1f);
            case "mish" -> Activation.mish(x);
            case "selu" -> Activation.selu(x);
            case "relu6" -> Activation.relu6(x);
            case "softmax" -> x.softmax(-1);
            default -> Activation.relu(x);
        };
    }
}
