package dev.worlds.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the class files under class directories, in a fixed order (directory by directory, then
 * by path) so that a run does the same work in the same order on every machine.
 */
final class ClassFileScanner {
    private static final String CLASS_SUFFIX = ".class";

    /** A class file and the internal class name its place in the directory gives it. */
    record ClassFile(Path file, String internalName) implements WeaveRounds.Input {
        @Override
        public String source() {
            return file.toString();
        }
    }

    private ClassFileScanner() {
    }

    static List<ClassFile> scan(List<Path> directories) {
        List<ClassFile> found = new ArrayList<>();
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(ClassFileScanner::isClassFile)
                        .map(file -> new ClassFile(file, internalName(directory, file)))
                        // Versioned classes of a multi-release layout are not what the class path
                        // loads from a directory; leave them alone.
                        .filter(classFile -> !classFile.internalName().startsWith("META-INF/"))
                        .sorted(Comparator.comparing(ClassFile::internalName))
                        .forEach(found::add);
            } catch (IOException e) {
                throw cannotList(directory, e);
            } catch (UncheckedIOException e) {
                throw cannotList(directory, e.getCause());
            }
        }
        return found;
    }

    private static UncheckedIOException cannotList(Path directory, IOException cause) {
        return new UncheckedIOException("Cannot list the class files under " + directory + ": " + cause.getMessage()
                + ". Check that the directory exists and is readable.", cause);
    }

    private static boolean isClassFile(Path file) {
        return file.getFileName().toString().endsWith(CLASS_SUFFIX) && Files.isRegularFile(file);
    }

    private static String internalName(Path directory, Path file) {
        String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return relative.substring(0, relative.length() - CLASS_SUFFIX.length());
    }
}
