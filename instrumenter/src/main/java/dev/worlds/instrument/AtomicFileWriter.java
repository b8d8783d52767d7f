package dev.worlds.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content so that readers (a JVM, an IDE, the next build) see either the old
 * bytes or the new ones, never a half-written file: the bytes go to a temporary file in the
 * same directory, which is then renamed over the original in one step.
 *
 * <p>It does not force the bytes to disk before the rename: like the compiler whose output it
 * rewrites, it guards against an interrupted build, not against a power failure, and syncing
 * every class file would make large builds slow.
 */
final class AtomicFileWriter {
    private AtomicFileWriter() {
    }

    /**
     * @throws IOException when the file cannot be replaced; the original is then left unchanged
     *                     and no temporary file remains
     */
    static void replace(Path file, byte[] bytes) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, "." + file.getFileName() + ".", ".worlds-tmp");
        try {
            Files.write(temp, bytes);
            keepPermissions(file, temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Writes a file that may not exist yet (creating its directories), or replaces it as
     * {@link #replace} does. A new file gets the permissions any new file gets (the umask's).
     *
     * @throws IOException when the file cannot be written; no temporary file then remains
     */
    static void write(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file)) {
            replace(file, bytes);
            return;
        }
        Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = directory.resolve("." + file.getFileName() + "." + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + ".worlds-tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** A temporary file is created owner-only; the class file must stay readable as before. */
    private static void keepPermissions(Path original, Path temp) throws IOException {
        if (Files.getFileAttributeView(original, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(original));
        }
    }
}
