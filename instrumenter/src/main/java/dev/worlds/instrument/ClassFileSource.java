package dev.worlds.instrument;

/**
 * Where the weaver reads the class files of the classes around the one it weaves (superclasses,
 * interfaces, owners of written fields). Implementations return bytes and never load classes, so
 * weaving never initializes user code or defines it in the wrong class loader.
 *
 * <pre>{@code
 * ClassFileSource source = new ClassFileLocator(List.of(classesDir, dependencyJar));
 * ClassFileSource fromLoader = name -> readAll(loader.getResourceAsStream(name + ".class"));
 * }</pre>
 */
@FunctionalInterface
public interface ClassFileSource {
    /**
     * @param internalName a class name such as {@code com/acme/Board}
     * @return its class file, or null when there is none
     */
    byte[] find(String internalName);
}
