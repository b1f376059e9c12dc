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
 * The weights of a {@code model_type: auto} version in one blob: a header, the count, then each
 * picked family's kind, ensemble weight and weights (a {@link WeightBundle} of its folds' models).
 */
public final class EnsembleBundle {
    private static final byte[] MAGIC = "PQL-ENSEMBLE\n".getBytes(StandardCharsets.US_ASCII);

    /** One family of the ensemble: its kind (see AutoCandidates), weight, and its models' weights. */
    public record Member(String kind, double weight, byte[] weights) {
    }

    private EnsembleBundle() {
    }

    public static byte[] pack(List<Member> members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(members.size());
            for (Member m : members) {
                out.writeUTF(m.kind());
                out.writeDouble(m.weight());
                out.writeInt(m.weights().length);
                out.write(m.weights());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    public static List<Member> unpack(byte[] weights) {
        if (weights.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(weights, MAGIC.length), MAGIC)) {
            throw new PqlException(ErrorCode.STORE_ERROR, "The weights of this model_type auto version are not an "
                    + "ensemble; retrain the version with RETRAIN MODEL.");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            in.skipNBytes(MAGIC.length);
            int count = in.readInt();
            List<Member> members = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String kind = in.readUTF();
                double weight = in.readDouble();
                members.add(new Member(kind, weight, in.readNBytes(in.readInt())));
            }
            return members;
        } catch (IOException e) {
            throw new PqlException(ErrorCode.STORE_ERROR, "The model's weights are damaged (" + e.getMessage()
                    + "); retrain the version with RETRAIN MODEL.", e);
        }
    }
}
