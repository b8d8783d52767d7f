package dev.worlds.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.ClassDirectoryWeaver;
import dev.worlds.instrument.ClassFilter;
import dev.worlds.instrument.WeaveReport;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent and the build (the class-directory weaver behind the Maven plugin and the command
 * line) give the same class file the same woven bytes, and fail on the same classes.
 */
class SameAsBuildTimeTest {
    private static final ClassFilter FIXTURES = ClassFilter.of(List.of("dev.worlds.instrument.fixtures.**"),
            List.of("dev.worlds.instrument.fixtures.unwoven.**"));

    @Test
    void theAgentWeavesEveryFixtureToTheBytesTheBuildWeaves(@TempDir Path built, @TempDir Path loaded) throws IOException {
        Map<String, byte[]> corpus = FixtureCorpus.classFiles();
        FixtureCorpus.write(corpus, built);
        FixtureCorpus.write(corpus, loaded);
        WeaveReport report = ClassDirectoryWeaver.builder().classDirectory(built).filter(FIXTURES).build().weave();

        TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
        Map<String, byte[]> byAgent = new TreeMap<>();
        try (URLClassLoader loader = TestLoaders.applicationLoader(loaded)) {
            corpus.forEach((name, classFile) -> {
                byte[] woven = agent.transform(loader, name, classFile);
                byAgent.put(name, woven == null ? classFile : woven);
            });
        }

        List<String> differing = new ArrayList<>();
        for (String name : corpus.keySet()) {
            byte[] byBuild = Files.readAllBytes(built.resolve(name + ".class"));
            if (!java.util.Arrays.equals(byBuild, byAgent.get(name))) {
                differing.add(name);
            }
        }
        assertEquals(List.of(), differing, "classes the agent wove differently from the build");
        assertTrue(report.woven() > 50, report.summary());
        assertEquals(report.woven(), corpus.keySet().stream().filter(n -> byAgent.get(n) != corpus.get(n)).count());
        assertEquals(report.errors().size(), agent.failures().size(), report.errors() + " vs " + agent.failures());
        assertTrue(agent.failures().get(0).startsWith("dev.worlds.instrument.fixtures.Broken (class loader application@"),
                agent.failures().toString());
    }

    @Test
    void aClassWovenAtBuildTimeIsLeftAsItIs(@TempDir Path built) throws IOException {
        Map<String, byte[]> corpus = FixtureCorpus.classFiles();
        FixtureCorpus.write(corpus, built);
        ClassDirectoryWeaver.builder().classDirectory(built).filter(FIXTURES).build().weave();
        byte[] woven = Files.readAllBytes(built.resolve(FixtureCorpus.FIXTURES + "Board.class"));

        TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
        try (URLClassLoader loader = TestLoaders.applicationLoader(built)) {
            assertEquals(null, agent.transform(loader, FixtureCorpus.FIXTURES + "Board", woven));
        }
        assertTrue(agent.log.summary().contains("wove 0 classes (1 already woven)"), agent.log.summary());
        assertArrayEquals(woven, Files.readAllBytes(built.resolve(FixtureCorpus.FIXTURES + "Board.class")));
    }
}
