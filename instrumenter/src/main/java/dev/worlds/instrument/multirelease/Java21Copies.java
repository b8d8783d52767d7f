package dev.worlds.instrument.multirelease;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the {@link Java21Copy} of every class of a class directory that needs one into its
 * {@code META-INF/versions/21}, for a multi-release jar; optionally also a whole class directory as
 * a Java 21 JVM sees that jar, for tests that run from directories (a class-path directory has no
 * versions). Runs at the build of {@code worlds-runtime}, after its classes are woven:
 *
 * <pre>
 * java dev.worlds.instrument.multirelease.Java21Copies target/classes target/classes-java21
 * </pre>
 */
public final class Java21Copies {
    static final String VERSIONS_21 = "META-INF/versions/21";

    private Java21Copies() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: Java21Copies <classes-dir> [<java21-view-dir>]");
            System.exit(2);
        }
        int written;
        try {
            written = write(Path.of(args[0]), args.length == 2 ? Path.of(args[1]) : null);
        } catch (IllegalArgumentException e) {
            System.err.println("Cannot make the Java 21 copies: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("Java 21 copies of " + written + " classes in " + Path.of(args[0]).resolve(VERSIONS_21));
    }

    /**
     * Replaces {@code classes}' {@code META-INF/versions/21} with the Java 21 copies and, when
     * {@code java21View} is not null, replaces that directory with {@code classes} as Java 21 sees it.
     *
     * @return how many classes have a Java 21 copy
     */
    public static int write(Path classes, Path java21View) throws IOException {
        Path versions = classes.resolve(VERSIONS_21);
        deleteTree(versions);
        List<Path> classFiles = classFiles(classes, versions);
        int copies = 0;
        for (Path file : classFiles) {
            byte[] copy = copyOf(file);
            if (copy != null) {
                writeFile(versions.resolve(classes.relativize(file).toString()), copy);
                copies++;
            }
        }
        if (java21View != null) {
            deleteTree(java21View);
            try (Stream<Path> all = Files.walk(classes)) {
                for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                    Path relative = classes.relativize(file);
                    if (!file.startsWith(classes.resolve("META-INF/versions"))) {
                        Path versioned = versions.resolve(relative.toString());
                        Path source = Files.exists(versioned) ? versioned : file;
                        Path target = java21View.resolve(relative.toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return copies;
    }

    private static byte[] copyOf(Path file) throws IOException {
        try {
            return Java21Copy.of(Files.readAllBytes(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> classFiles(Path classes, Path versions) throws IOException {
        try (Stream<Path> all = Files.walk(classes)) {
            List<Path> files = new ArrayList<>();
            all.filter(f -> f.toString().endsWith(".class") && !f.startsWith(versions.getParent()))
                    .sorted().forEach(files::add);
            return files;
        }
    }

    private static void writeFile(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
