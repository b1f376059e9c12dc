package dev.pql.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.nn.norm.BatchNorm;

/**
 * Ghost batch normalisation (Hoffer et al., 2017), as TabNet and Ludwig use it: while training, the
 * batch is normalised in chunks of {@code virtualBatchSize} rows (statistics per chunk, the running
 * averages shared); in inference the running averages apply. A chunk of one row is passed through
 * unnormalised, as PyTorch cannot take a batch variance of one row (Ludwig does the same).
 */
final class GhostBatchNorm {
    private GhostBatchNorm() {
    }

    /** A batch normalisation block with Ludwig's momentum (PyTorch's meaning) and epsilon. */
    static BatchNorm block(double momentum, double epsilon) {
        // DJL's momentum is the weight of the running average (it hands 1 - momentum to PyTorch).
        return BatchNorm.builder().optMomentum((float) (1 - momentum)).optEpsilon((float) epsilon).build();
    }

    static NDArray forward(BatchNorm bn, ParameterStore ps, NDArray x, boolean training, Integer virtualBatchSize) {
        long rows = x.getShape().get(0);
        if (!training) {
            return bn.forward(ps, new NDList(x), false).singletonOrThrow();
        }
        if (rows == 1) {
            return x;
        }
        if (virtualBatchSize == null || rows <= virtualBatchSize) {
            return bn.forward(ps, new NDList(x), true).singletonOrThrow();
        }
        NDList chunks = x.split(chunkStarts(rows, virtualBatchSize), 0);
        NDList out = new NDList(chunks.size());
        for (NDArray chunk : chunks) {
            out.add(chunk.getShape().get(0) > 1 ? bn.forward(ps, new NDList(chunk), true).singletonOrThrow() : chunk);
        }
        return NDArrays.concat(out, 0);
    }

    /** Where each chunk after the first starts: as many equal chunks as PyTorch's chunk() makes. */
    private static long[] chunkStarts(long rows, long virtual) {
        long chunks = (rows + virtual - 1) / virtual;
        long size = (rows + chunks - 1) / chunks;
        long[] starts = new long[(int) ((rows + size - 1) / size) - 1];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = (i + 1) * size;
        }
        return starts;
    }
}
