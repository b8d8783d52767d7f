package dev.worlds.instrument;

import java.util.List;

/**
 * The outcome of weaving one class file.
 *
 * @param className     internal name of the class
 * @param bytes         the woven class file, or the input itself when {@link #changed()} is false
 * @param changed       false for classes already woven, module-info and package-info
 * @param trackedFields tracked fields (instance and static) this class declares
 * @param warnings      things the weaver could not track, one line each, naming class, method and line
 */
public record WeaveResult(String className, byte[] bytes, boolean changed, int trackedFields,
        List<String> warnings) {
}
