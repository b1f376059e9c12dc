package dev.pql.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes that survive a crash of the process and of the machine: a file's bytes are forced to the
 * disk before it is closed, and a folder is forced after entries were added to or renamed in it,
 * so that an atomic rename publishes a version whose files are already on the disk.
 */
final class DurableFiles {
    private DurableFiles() {
    }

    /** Writes {@code bytes} to a new file and forces them to the disk. */
    static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    /** Copies a file and forces the copy to the disk. */
    static void copy(Path from, Path to) throws IOException {
        write(to, Files.readAllBytes(from));
    }

    /**
     * Forces a folder's entries (new files, renames) to the disk. Linux allows opening a folder for
     * reading and forcing it; where a platform does not (Windows), its rename is durable already.
     */
    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform: nothing more can be done from Java
        }
    }
}
