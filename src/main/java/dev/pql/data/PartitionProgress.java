package dev.pql.data;

/**
 * How a source that runs a statement as a distributed job (Spark) reports how far it has come:
 * {@code done} of the {@code total} partitions (tasks) its stages have so far. Called from the
 * source's own thread; the engine turns it into the statement's job progress ({@code pql.jobs}, the
 * shell's bar).
 */
@FunctionalInterface
public interface PartitionProgress {
    /** Reports nowhere. */
    PartitionProgress NONE = (done, total) -> { };

    void partitions(int done, int total);
}
