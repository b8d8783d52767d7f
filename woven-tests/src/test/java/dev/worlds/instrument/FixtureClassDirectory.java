package dev.worlds.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A temporary class directory filled with compiled fixture classes from the test class path,
 * laid out as a compiler would, for tests that weave directories in place.
 */
final class FixtureClassDirectory {
    /** Internal name of the package the fixtures live in. */
    static final String PACKAGE = "dev/worlds/instrument/dirfixtures/";

    private final Path root;

    private FixtureClassDirectory(Path root) {
        this.root = root;
    }

    /** Copies the class files of the given subpackages of {@link #PACKAGE} (e.g. "shapes") into {@code root}. */
    static FixtureClassDirectory copy(Path root, String... subpackages) {
        Path testClasses = testClassesRoot();
        try {
            for (String subpackage : subpackages) {
                Path source = testClasses.resolve(PACKAGE + subpackage);
                try (Stream<Path> files = Files.list(source)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        Path target = root.resolve(testClasses.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureClassDirectory(root);
    }

    private static Path testClassesRoot() {
        try {
            return Path.of(FixtureClassDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    /** The class file of a fixture, e.g. {@code file("shapes/Circle")}. */
    Path file(String relativeName) {
        return root.resolve(PACKAGE + relativeName + ".class");
    }

    byte[] bytes(String relativeName) {
        try {
            return Files.readAllBytes(file(relativeName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isWoven(String relativeName) {
        return ClassInfo.read(bytes(relativeName)).isWoven();
    }

    /** Every file under the root (class files and anything else), by relative path, with its bytes. */
    TreeMap<String, byte[]> snapshot() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Internal names of every class file under the root. */
    List<String> classNames() {
        List<String> names = new ArrayList<>();
        snapshot().keySet().stream().filter(name -> name.endsWith(".class"))
                .forEach(name -> names.add(name.substring(0, name.length() - ".class".length())));
        return names;
    }

    /** A loader that defines every class of this directory from its bytes as they are now. */
    WovenLoader loader() {
        WovenLoader loader = new WovenLoader(List.of(), name -> false);
        for (String name : classNames()) {
            try {
                loader.withClassFile(name, Files.readAllBytes(root.resolve(name + ".class")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loader;
    }
}
