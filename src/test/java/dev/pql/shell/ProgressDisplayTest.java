package dev.pql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.train.TrainingProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    /** A fixed-size screen that never reads keys. */
    static final Screen SCREEN = new Screen() {
        @Override
        public int width() {
            return 100;
        }

        @Override
        public int height() {
            return 10;
        }

        @Override
        public boolean color() {
            return false;
        }

        @Override
        public int readKey() {
            return 'q';
        }
    };

    private static Map<String, Double> validation() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("f1_macro", 0.5);
        m.put("accuracy", 0.8125);
        m.put("loss", 0.4321);
        return m;
    }

    @Test
    void barShowsEpochBatchLossValidationAndEta() {
        TrainingProgress p = new TrainingProgress(3, 10, 5, 10, 0.51234, Map.of(), 25.0);
        assertEquals("epoch 3/10 [███████████████░░░░░░░░░░░░░░░] 5/10 loss 0.5123"
                + " val loss 0.4321 accuracy 0.8125 ETA 1:15", ProgressDisplay.bar(p, validation(), 120,
                true));
        String ascii = ProgressDisplay.bar(p, Map.of(), 60, false);
        assertEquals("epoch 3/10 [==========>          ] 5/10 loss 0.5123 ETA 1:15", ascii);
        assertTrue(ascii.length() <= 60);
    }

    @Test
    void aDistributedJobShowsPartitionsDone() {
        TrainingProgress p = TrainingProgress.partitions(3, 8, 12);
        assertEquals("partitions 3/8 [==========>                   ] 0:12", ProgressDisplay.partitionsBar(p, 60, false));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), SCREEN, Ansi.OFF, false);
        d.training(p);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("partitions 3/8 ["), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(null, d.finish(), "no training summary for a job that trained nothing");
    }

    @Test
    void aQueuedTrainingSaysHowManyAreAhead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay d = new ProgressDisplay(out, SCREEN, Ansi.OFF, false);
        d.training(TrainingProgress.queued(2, 3.5));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains(
                "queued behind 2 training jobs, waited 3.5 s  (Ctrl-C cancels)"), bytes.toString(StandardCharsets.UTF_8));
        d.training(new TrainingProgress(1, 2, 2, 2, 0.8, validation(), 0.2));
        assertEquals("Trained 1/2 epochs in 0.2 s (stopped early); last validation loss 0.4321 accuracy 0.8125.",
                d.finish(), "a queued event is not an epoch");
    }

    @Test
    void epochLineAndDurations() {
        TrainingProgress p = new TrainingProgress(2, 10, 10, 10, 0.25, validation(), 75);
        assertEquals("epoch  2/10  loss 0.25  val loss 0.4321 accuracy 0.8125  [1:15]",
                ProgressDisplay.epochLine(p));
        assertEquals("4.2 s", ProgressDisplay.duration(4.2));
        assertEquals("1:02:03", ProgressDisplay.duration(3723));
        assertEquals("?", ProgressDisplay.duration(Double.NaN));
    }

    @Test
    void epochsPrintPermanentLinesAndFinishSummarises() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay d = new ProgressDisplay(out, SCREEN, Ansi.OFF, false);
        d.training(new TrainingProgress(1, 2, 1, 2, 0.9, Map.of(), 0.1));
        d.training(new TrainingProgress(1, 2, 2, 2, 0.8, validation(), 0.2));
        d.training(new TrainingProgress(2, 2, 2, 2, 0.7, validation(), 0.4));
        String summary = d.finish();
        assertEquals("Trained 2/2 epochs in 0.4 s; last validation loss 0.4321 accuracy 0.8125.",
                summary);
        String screen = bytes.toString(StandardCharsets.UTF_8);
        // The batch bar was drawn in place, then erased before each permanent epoch line.
        assertTrue(screen.startsWith("\r\u001b[Kepoch 1/2 ["), screen);
        assertTrue(screen.contains("\r\u001b[Kepoch 1/2  loss 0.8  val loss 0.4321"), screen);
    }

    @Test
    void nothingIsDrawnAfterOutputStarts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                SCREEN, Ansi.OFF, true);
        d.outputStarting();
        d.rows(5000);
        d.close();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
