package dev.pql.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pql.config.ConfigMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drift_history.jsonl} in a model's folder: one JSON line per feature each time SHOW DRIFT
 * runs, what {@code pql.drift} reads. It lives with the model (not in the user's tables), so
 * opening a database writes nothing into the user's data, and DROP MODEL takes it along. Lines are
 * appended and forced to the disk; a line cut short by a crash is skipped when read.
 */
public final class DriftHistory {
    static final String FILE = "drift_history.jsonl";
    /** One line per record: the shared mapper indents. */
    private static final ObjectMapper JSON = ConfigMapper.json().copy().disable(SerializationFeature.INDENT_OUTPUT);

    /** One feature's result of one SHOW DRIFT run. */
    public record Entry(@JsonProperty("checked_at") String checkedAt, @JsonProperty("model") String model,
                        @JsonProperty("version") int version, @JsonProperty("feature") String feature,
                        @JsonProperty("statistic") String statistic, @JsonProperty("value") double value,
                        @JsonProperty("threshold") double threshold, @JsonProperty("drifted") boolean drifted,
                        @JsonProperty("rows") long rows, @JsonProperty("training_rows") long trainingRows,
                        @JsonProperty("checked_by") String checkedBy) {
    }

    private DriftHistory() {
    }

    static void append(Path modelDir, List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Entry e : entries) {
            text.append(JSON.writeValueAsString(e)).append('\n');
        }
        try (FileChannel ch = FileChannel.open(modelDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    static List<Entry> read(Path modelDir) {
        Path file = modelDir.resolve(FILE);
        List<Entry> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    out.add(JSON.readValue(line, Entry.class));
                } catch (IOException torn) {
                    // a line a crash cut short: the rest of the history still reads
                }
            }
        } catch (IOException e) {
            // an unreadable history is an empty one; SHOW DRIFT itself does not depend on it
        }
        return out;
    }
}
