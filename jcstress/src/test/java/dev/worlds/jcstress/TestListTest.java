package dev.worlds.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.infra.StateCase;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * The stress tests are too slow for the build, so the build only proves that JCStress will find
 * them: its annotation processor listed every test class, with a harness, and every test says
 * what it forbids.
 */
class TestListTest {
    @Test
    void everyStressTestIsListedWithItsHarness() throws Exception {
        Set<String> annotated = annotatedTests();
        assertTrue(annotated.size() >= 10, "found only " + annotated);
        assertEquals(annotated, new TreeSet<>(TestList.tests()));
        for (String test : annotated) {
            TestInfo info = TestList.getInfo(test);
            Class.forName(info.generatedRunner());
        }
    }

    @Test
    void everyStressTestForbidsWhatItDoesNotAccept() throws Exception {
        for (String test : TestList.tests()) {
            TestInfo info = TestList.getInfo(test);
            assertEquals(Expect.FORBIDDEN, info.unmatched().expect(), test + ": unlisted outcomes must fail the test");
            boolean accepts = false;
            for (StateCase outcome : info.cases()) {
                accepts |= outcome.expect() == Expect.ACCEPTABLE;
            }
            assertTrue(accepts, test + " accepts no outcome");
        }
    }

    private static Set<String> annotatedTests() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(TestListTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes").resolve("dev/worlds/jcstress");
        assertTrue(Files.isDirectory(dir), dir.toString());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String simple = file.getFileName().toString();
                if (!simple.endsWith(".class") || simple.contains("$")) {
                    continue;
                }
                String name = "dev.worlds.jcstress." + simple.substring(0, simple.length() - ".class".length());
                if (Class.forName(name).isAnnotationPresent(JCStressTest.class)) {
                    names.add(name);
                }
            }
        }
        assertFalse(names.isEmpty(), "no @JCStressTest class in " + dir);
        return names;
    }
}
