package dev.worlds.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What weaving a class directory keeps between runs, in a directory of its own next to the
 * classes (under {@code target/}, so that {@code mvn clean} removes both):
 *
 * <pre>
 * options                          fingerprint of the options of the last completed run
 * originals/com/acme/Board.class   the class file as the compiler wrote it, before it was woven
 * originals/com/acme/Board.warnings what weaving it reported, one line each
 * dependencies                     the dependency classes put into the directory (see DependencyRecord)
 * </pre>
 *
 * <p>An original is saved before its woven class is written, so a woven class in the directory
 * always has its original here, even after an interrupted run. With them a later run can undo
 * weaving: restore a class that is no longer selected, or weave everything again from the
 * originals when the options changed; and it can report again the warnings of classes that are
 * up to date. Every file is written atomically.
 */
final class WeaveState {
    private static final String CLASS_SUFFIX = ".class";
    private static final String WARNINGS_SUFFIX = ".warnings";

    private final Path directory;

    WeaveState(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** The fingerprint of the last completed run's options, or null when no run completed. */
    String options() {
        return readText(directory.resolve("options"));
    }

    void saveOptions(String fingerprint) {
        write(directory.resolve("options"), fingerprint.getBytes(StandardCharsets.UTF_8));
    }

    /** The class file as it was before it was woven, or null when none is kept. */
    byte[] original(String internalName) {
        try {
            return Files.readAllBytes(originalFile(internalName, CLASS_SUFFIX));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw cannot("read", originalFile(internalName, CLASS_SUFFIX), e);
        }
    }

    /** The warnings weaving the class reported when it was woven; empty when none or unknown. */
    List<String> warnings(String internalName) {
        String text = readText(originalFile(internalName, WARNINGS_SUFFIX));
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** Keeps the class's original and what weaving it reported; call before writing the woven class. */
    void saveOriginal(String internalName, byte[] original, List<String> warnings) {
        write(originalFile(internalName, CLASS_SUFFIX), original);
        Path warningsFile = originalFile(internalName, WARNINGS_SUFFIX);
        if (warnings.isEmpty()) {
            delete(warningsFile);
        } else {
            write(warningsFile, String.join("\n", warnings).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Drops what is kept for a class that is no longer woven. */
    void forget(String internalName) {
        delete(originalFile(internalName, CLASS_SUFFIX));
        delete(originalFile(internalName, WARNINGS_SUFFIX));
    }

    DependencyRecord dependencies() {
        String text = readText(directory.resolve("dependencies"));
        return text == null ? DependencyRecord.NONE : DependencyRecord.parse(text);
    }

    void saveDependencies(DependencyRecord record) {
        write(directory.resolve("dependencies"), record.format().getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the bytes, in hex. */
    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private Path originalFile(String internalName, String suffix) {
        return directory.resolve("originals").resolve(internalName + suffix);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw cannot("read", file, e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            AtomicFileWriter.write(file, bytes);
        } catch (IOException e) {
            throw cannot("write", file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw cannot("delete", file, e);
        }
    }

    private static UncheckedIOException cannot(String what, Path file, IOException e) {
        return new UncheckedIOException("Cannot " + what + " " + file + ", which the weaver keeps between builds: " + e
                + ". Check that the directory is writable, or delete it with the compiled classes (mvn clean).", e);
    }
}
