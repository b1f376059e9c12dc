package dev.pql.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.pql.config.FeatureConfig;
import dev.pql.config.ModelConfig;
import dev.pql.features.FeatureProcessor;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole network of a model, assembled from its config (Ludwig's ECD): one encoder per input
 * feature, the combiner (see {@link Combiners}), and the decoder ({@link Decoders}) for the output.
 * Inputs come in the config's input feature order; the output is the decoder's logits (or the normalised number).
 */
public final class Network extends AbstractBlock {
    private final List<Block> encoders = new ArrayList<>();
    private final Block combiner;
    private final Block decoder;
    private Shape[] encoderOutputs;

    /**
     * @param config the resolved config
     * @param inputs the fitted processors of the input features, in config order
     * @param outputUnits logits the output needs: classes for category, 1 for binary and number
     */
    public Network(ModelConfig config, List<FeatureProcessor> inputs, int outputUnits) {
        super((byte) 1);
        for (int i = 0; i < inputs.size(); i++) {
            FeatureConfig f = config.inputFeatures().get(i);
            encoders.add(addChildBlock("encoder_" + i + "_" + safe(f.name()), Encoders.create(f, inputs.get(i))));
        }
        combiner = addChildBlock("combiner", Combiners.create(config.combiner(),
                config.inputFeatures().stream().map(FeatureConfig::name).toList()));
        decoder = addChildBlock("decoder", Decoders.create(config.outputFeatures().get(0).decoder(), outputUnits));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoderOutputs = new Shape[encoders.size()];
        for (int i = 0; i < encoders.size(); i++) {
            encoders.get(i).initialize(manager, dataType, inputShapes[i]);
            encoderOutputs[i] = encoders.get(i).getOutputShapes(new Shape[] {inputShapes[i]})[0];
        }
        combiner.initialize(manager, dataType, encoderOutputs);
        decoder.initialize(manager, dataType, combiner.getOutputShapes(encoderOutputs));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList encoded = new NDList(encoders.size());
        for (int i = 0; i < encoders.size(); i++) {
            encoded.add(encoders.get(i).forward(ps, new NDList(inputs.get(i)), training).singletonOrThrow());
        }
        NDList combined = combiner.forward(ps, encoded, training);
        return decoder.forward(ps, combined, training);
    }

    /** The extra training loss of the last training forward pass (TabNet's mask sparsity), or null. */
    public ai.djl.ndarray.NDArray auxiliaryLoss() {
        return combiner instanceof AuxiliaryLoss a ? a.auxiliaryLoss() : null;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        Shape[] encoded = new Shape[encoders.size()];
        for (int i = 0; i < encoders.size(); i++) {
            encoded[i] = encoders.get(i).getOutputShapes(new Shape[] {inputs[i]})[0];
        }
        return decoder.getOutputShapes(combiner.getOutputShapes(encoded));
    }

    /**
     * Input shapes to initialise a network with, one small batch per feature: the parameters do
     * not depend on them (sequence lengths vary per batch), only their layout does.
     */
    public static Shape[] sampleShapes(List<FeatureProcessor> inputs) {
        Shape[] shapes = new Shape[inputs.size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = inputs.get(i).encode(java.util.Collections.singletonList(null)).shape(new int[] {0});
        }
        return shapes;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
