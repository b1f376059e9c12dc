package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import dev.pql.config.CombinerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Ludwig's {@code comparator} combiner: the inputs of {@code entity_1} side by side through one fully
 * connected stack, those of {@code entity_2} through another (same shape, own weights), and the two
 * results e1, e2 compared: [e1·e2, e1 * e2, |e1 - e2|, e1ᵀ W e2], where W is a fixed random matrix
 * (a buffer in Ludwig, so never trained, but saved with the model).
 */
final class ComparatorCombiner extends AbstractBlock {
    private final int[] entity1;
    private final int[] entity2;
    private final FcStack stack1;
    private final FcStack stack2;
    private final int width;
    private final Parameter bilinear;

    /** {@code inputs}: the input feature names in the order the network receives their encodings. */
    ComparatorCombiner(CombinerConfig c, List<String> inputs) {
        super((byte) 1);
        entity1 = positions(c.entity1(), inputs);
        entity2 = positions(c.entity2(), inputs);
        List<LayerSpec> specs = LayerSpec.of(c.fcLayers(), c.numFcLayers(), c.outputSize(), c.dropout(), c.activation(),
                c.norm(), c.useBias());
        width = specs.get(specs.size() - 1).units();
        stack1 = addChildBlock("entity_1", new FcStack(specs, false));
        stack2 = addChildBlock("entity_2", new FcStack(specs, false));
        bilinear = addParameter(Parameter.builder().setName("bilinear_weights").setType(Parameter.Type.OTHER)
                .optShape(new Shape(width, width)).optInitializer(new NormalInitializer(1f)).optRequiresGrad(false)
                .build());
    }

    private static int[] positions(List<String> names, List<String> inputs) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            String name = names.get(i);
            out[i] = java.util.stream.IntStream.range(0, inputs.size()).filter(j -> inputs.get(j).equalsIgnoreCase(name))
                    .findFirst().orElseThrow(() -> new IllegalStateException("entity input '" + name + "' is not an "
                            + "input feature; the config validator should have said so"));
        }
        return out;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long batch = inputShapes[0].get(0);
        stack1.initialize(manager, dataType, new Shape(batch, width(inputShapes, entity1)));
        stack2.initialize(manager, dataType, new Shape(batch, width(inputShapes, entity2)));
    }

    private static long width(Shape[] shapes, int[] entity) {
        long w = 0;
        for (int i : entity) {
            w += shapes[i].get(1);
        }
        return w;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray e1 = stack1.forward(ps, new NDList(side(inputs, entity1)), training).singletonOrThrow();
        NDArray e2 = stack2.forward(ps, new NDList(side(inputs, entity2)), training).singletonOrThrow();
        NDArray product = e1.mul(e2);
        NDArray dot = product.sum(new int[] {1}, true);
        NDArray w = ps.getValue(bilinear, e1.getDevice(), training);
        NDArray bilinearForm = e1.matMul(w).mul(e2).sum(new int[] {1}, true);
        return new NDList(NDArrays.concat(new NDList(dot, product, e1.sub(e2).abs(), bilinearForm), 1));
    }

    private static NDArray side(NDList inputs, int[] entity) {
        List<NDArray> parts = new ArrayList<>();
        for (int i : entity) {
            parts.add(inputs.get(i));
        }
        return parts.size() == 1 ? parts.get(0) : NDArrays.concat(new NDList(parts), 1);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), 2L * width + 2)};
    }
}
