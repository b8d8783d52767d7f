package dev.worlds.agent;

import dev.worlds.instrument.ClassFileSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;

/**
 * Class files as a class loader sees them, read as resources: the defining loader's view of the
 * superclasses and field owners of a class being woven, with no class loaded, no lock taken on
 * the loader and nothing initialized. Holds the loader weakly, so that caching a weaver per
 * loader does not keep the loader alive.
 */
final class LoaderClassFiles implements ClassFileSource {
    private final WeakReference<ClassLoader> loader;

    LoaderClassFiles(ClassLoader loader) {
        this.loader = new WeakReference<>(loader);
    }

    @Override
    public byte[] find(String internalName) {
        ClassLoader source = loader.get();
        if (source == null) {
            // Only reachable from a weaver still cached after its loader was collected: nothing to weave for.
            throw new IllegalStateException("the class loader of this weaver was garbage collected");
        }
        String resource = internalName + ".class";
        try (InputStream in = source.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from class loader "
                    + WeavingLog.describe(source) + ": " + e.getMessage(), e);
        }
    }
}
