package dev.worlds.bench.startup;

import dev.worlds.instrument.ClassFileLocator;
import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.Weaver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.chocosolver.solver.Model;

/**
 * The weaver's time per class over a real library: every class of the Choco jar, woven in memory
 * round after round in one JVM (a fresh hierarchy each round, as a fresh JVM's agent has), so the
 * first round shows the cold cost a program pays at start-up and the later ones the cost once the
 * JIT has compiled the weaver. Run by {@code benchmarks/agent-startup}.
 */
public final class WeavingTimePerClass {
    private WeavingTimePerClass() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of(Model.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<byte[]> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (entry.getName().startsWith("org/chocosolver/") && entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        classes.add(in.readAllBytes());
                    }
                }
            }
        }
        try (ClassFileLocator locator = new ClassFileLocator(List.of(jar))) {
            for (int round = 1; round <= rounds; round++) {
                Weaver weaver = new Weaver(new ClassHierarchy(locator, name -> name.startsWith("org/chocosolver/")));
                long start = System.nanoTime();
                for (byte[] classFile : classes) {
                    weaver.weave(classFile, null);
                }
                double micros = (System.nanoTime() - start) / 1000.0 / classes.size();
                System.out.printf(Locale.ROOT, "round %d: %d classes, %.0f us per class%n", round, classes.size(), micros);
            }
        }
    }
}
