package dev.worlds.instrument;

import dev.worlds.instrument.ClassFileScanner.ClassFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a run over class directories starts from, class by class. A class the filter
 * selects is woven from its file, or from its original when the options changed since it was woven
 * (so it is woven again as these options say). A class the filter does not select but that an
 * earlier run wove is restored from its original; without one it is an error naming the class and
 * the fix, never left woven in silence.
 */
final class DirectoryInputs {
    /** The classes to weave, with the bytes to weave (the file, or its original). */
    final Map<ClassFile, byte[]> selected = new LinkedHashMap<>();
    /** Classes no longer selected that were woven: their originals, to write back. */
    final Map<ClassFile, byte[]> restore = new LinkedHashMap<>();
    /** Originals by internal name, which the hierarchy must read instead of the woven files. */
    final Map<String, byte[]> originals = new HashMap<>();
    final List<String> errors = new ArrayList<>();

    private DirectoryInputs() {
    }

    /**
     * @param state          what earlier runs kept, or null when nothing is kept
     * @param optionsChanged whether the options differ from those of the last completed run
     * @param skip           classes that are not the directory's own (put there from dependencies)
     */
    static DirectoryInputs read(List<Path> classDirectories, ClassFilter filter, WeaveState state,
            boolean optionsChanged, Set<String> skip) {
        DirectoryInputs inputs = new DirectoryInputs();
        for (ClassFile file : ClassFileScanner.scan(classDirectories)) {
            if (skip.contains(file.internalName())) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.file());
            } catch (IOException e) {
                if (filter.matchesInternalName(file.internalName())) {
                    inputs.errors.add(file.file() + ": cannot read the class file (" + e + "); check its permissions.");
                }
                continue;
            }
            inputs.add(file, bytes, filter.matchesInternalName(file.internalName()), state, optionsChanged);
        }
        return inputs;
    }

    private void add(ClassFile file, byte[] bytes, boolean isSelected, WeaveState state, boolean optionsChanged) {
        boolean woven = isWoven(bytes);
        byte[] original = state != null && woven ? state.original(file.internalName()) : null;
        if (isSelected) {
            if (optionsChanged && woven && original == null) {
                errors.add(file.file() + ": class " + file.className() + " was woven by an earlier run with other"
                        + " options, and its original class file was not kept, so it cannot be woven again. " + FIX);
                return;
            }
            boolean again = optionsChanged && original != null;
            selected.put(file, again ? original : bytes);
            if (again) {
                originals.put(file.internalName(), original);
            }
        } else if (woven) {
            if (original == null) {
                errors.add(file.file() + ": class " + file.className() + " was woven by an earlier run, but the includes"
                        + " and excludes no longer select it, and its original class file was not kept, so it cannot"
                        + " be restored. " + FIX);
                return;
            }
            restore.put(file, original);
            originals.put(file.internalName(), original);
        }
    }

    private static final String FIX = "Delete the compiled classes (mvn clean, or delete the class files) and compile"
            + " again.";

    /** A corrupt class file the filter does not select is not this run's business. */
    private static boolean isWoven(byte[] bytes) {
        try {
            return ClassInfo.read(bytes).isWoven();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
