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
 * feature, the combiner (see {@link Combiners}), and one decoder ({@link Decoders}) per output feature,
 * all reading the combiner's output (Ludwig's multi-task networks). Inputs come in the config's input
 * feature order; the output is one array per output feature, in config order: the decoder's logits
 * (or the normalised number).
 */
public final class Network extends AbstractBlock {
    private final List<Block> encoders = new ArrayList<>();
    private final Block combiner;
    private final List<Block> decoders = new ArrayList<>();
    private Shape[] encoderOutputs;

    /**
     * @param config the resolved config
     * @param inputs the fitted processors of the input features, in config order
     * @param outputUnits logits the output needs: classes for category, 1 for binary and number
     */
    public Network(ModelConfig config, List<FeatureProcessor> inputs, int outputUnits) {
        this(config, inputs, new int[] {outputUnits});
    }

    /**
     * @param outputUnits logits each output feature needs, in config order
     */
    public Network(ModelConfig config, List<FeatureProcessor> inputs, int[] outputUnits) {
        super((byte) 1);
        for (int i = 0; i < inputs.size(); i++) {
            FeatureConfig f = config.inputFeatures().get(i);
            encoders.add(addChildBlock("encoder_" + i + "_" + safe(f.name()), Encoders.create(f, inputs.get(i))));
        }
        combiner = addChildBlock("combiner", Combiners.create(config.combiner(),
                config.inputFeatures().stream().map(FeatureConfig::name).toList()));
        for (int i = 0; i < outputUnits.length; i++) {
            FeatureConfig out = config.outputFeatures().get(i);
            // One output keeps the name "decoder": the weights of versions saved before multi-output still load.
            String name = outputUnits.length == 1 ? "decoder" : "decoder_" + i + "_" + safe(out.name());
            decoders.add(addChildBlock(name, Decoders.create(out.decoder(), outputUnits[i])));
        }
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoderOutputs = new Shape[encoders.size()];
        for (int i = 0; i < encoders.size(); i++) {
            encoders.get(i).initialize(manager, dataType, inputShapes[i]);
            encoderOutputs[i] = encoders.get(i).getOutputShapes(new Shape[] {inputShapes[i]})[0];
        }
        combiner.initialize(manager, dataType, encoderOutputs);
        Shape[] combined = combiner.getOutputShapes(encoderOutputs);
        for (Block decoder : decoders) {
            decoder.initialize(manager, dataType, combined);
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList encoded = new NDList(encoders.size());
        for (int i = 0; i < encoders.size(); i++) {
            encoded.add(encoders.get(i).forward(ps, new NDList(inputs.get(i)), training).singletonOrThrow());
        }
        NDList combined = combiner.forward(ps, encoded, training);
        NDList out = new NDList(decoders.size());
        for (Block decoder : decoders) {
            out.add(decoder.forward(ps, combined, training).singletonOrThrow());
        }
        return out;
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
        Shape[] combined = combiner.getOutputShapes(encoded);
        Shape[] out = new Shape[decoders.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = decoders.get(i).getOutputShapes(combined)[0];
        }
        return out;
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
