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
    private final int dim;

    Embedding(int vocabularySize, int dim) {
        this(vocabularySize, dim, "embedding");
    }

    /** @param name unique within the owning block (a block keeps its parameters by name) */
    Embedding(int vocabularySize, int dim, String name) {
        this.dim = dim;
        weight = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(Math.max(1, vocabularySize), dim))
                .optInitializer(new NormalInitializer(0.1f)).build();
    }

    int dim() {
        return dim;
    }

    Parameter parameter() {
        return weight;
    }

    /** The (vocabulary, dim) table itself, for encoders that weight rows rather than look them up. */
    NDArray weight(ParameterStore ps, NDArray like, boolean training) {
        return ps.getValue(weight, like.getDevice(), training);
    }

    /**
     * Embeddings of {@code ids} (B, L) with padding positions (id 0) zeroed: what convolutions and
     * recurrent layers read, so that a value's result does not depend on how much padding its
     * batch needed.
     */
    NDArray lookupMasked(ParameterStore ps, NDArray ids, boolean training) {
        return lookup(ps, ids, training).mul(ids.neq(0).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).expandDims(2));
    }

    NDArray lookup(ParameterStore ps, NDArray ids, boolean training) {
        NDArray w = ps.getValue(weight, ids.getDevice(), training);
        return ai.djl.nn.core.Embedding.embedding(ids, w, SparseFormat.DENSE).singletonOrThrow();
    }
}
