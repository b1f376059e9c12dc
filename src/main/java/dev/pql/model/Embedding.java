package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;

/** An embedding table owned by an encoder block: ids (any shape) to vectors (shape + [dim]). */
final class Embedding {
    private final Parameter weight;

    Embedding(int vocabularySize, int dim) {
        weight = Parameter.builder().setName("embedding").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(Math.max(1, vocabularySize), dim))
                .optInitializer(new NormalInitializer(0.1f)).build();
    }

    Parameter parameter() {
        return weight;
    }

    NDArray lookup(ParameterStore ps, NDArray ids, boolean training) {
        NDArray w = ps.getValue(weight, ids.getDevice(), training);
        return ai.djl.nn.core.Embedding.embedding(ids, w, SparseFormat.DENSE).singletonOrThrow();
    }
}
