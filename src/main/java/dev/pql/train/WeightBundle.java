package dev.pql.train;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The weights of the models of a k-fold training in one blob, as a version stores its weights: a
 * header, the count, then each model's weights with their length. A single model's weights are
 * stored as they are, so versions trained before folds existed read unchanged.
 */
public final class WeightBundle {
    private static final byte[] MAGIC = "PQL-FOLDS\n".getBytes(StandardCharsets.US_ASCII);

    private WeightBundle() {
    }

    public static byte[] pack(List<byte[]> members) {
        if (members.size() == 1) {
            return members.get(0);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(members.size());
            for (byte[] m : members) {
                out.writeInt(m.length);
                out.write(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    /** The models' weights: one entry for a single model. */
    public static List<byte[]> unpack(byte[] weights) {
        if (weights.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(weights, MAGIC.length), MAGIC)) {
            return List.of(weights);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            in.skipNBytes(MAGIC.length);
            int count = in.readInt();
            List<byte[]> members = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                members.add(in.readNBytes(in.readInt()));
            }
            return members;
        } catch (IOException e) {
            throw new PqlException(ErrorCode.STORE_ERROR, "The model's weights are damaged (" + e.getMessage()
                    + "); retrain the version with RETRAIN MODEL.", e);
        }
    }
}
