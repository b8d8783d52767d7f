package dev.worlds.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeavingTransformerTest {
    private static final String SQUARE = FixtureCorpus.FIXTURES + "Square";
    private static final String BOARD = FixtureCorpus.FIXTURES + "Board";

    private final Map<String, byte[]> corpus = FixtureCorpus.classFiles();

    @Test
    void leavesAloneWhatItMustNotWeave(@TempDir Path dir) throws IOException {
        FixtureCorpus.write(corpus, dir);
        TestLoaders.Agent agent = TestLoaders.agent("includes=**");
        byte[] board = corpus.get(BOARD);
        try (URLClassLoader loader = TestLoaders.applicationLoader(dir)) {
            assertNull(agent.transformer.transform(loader, BOARD, Object.class, null, board), "a redefinition");
            assertNull(agent.transform(null, BOARD, board), "the bootstrap loader");
            assertNull(agent.transform(ClassLoader.getPlatformClassLoader(), BOARD, board), "the platform loader");
            assertNull(agent.transform(loader, "dev/worlds/agent/internal/asm/ClassReader", board), "the agent itself");
            assertNull(agent.transform(loader, "dev/worlds/internal/WorldsRuntime", board), "the runtime");
            assertNull(agent.transform(loader, "dev/worlds/Worlds", board), "the runtime's API");
            assertNull(agent.transform(loader, "dev/worlds/search/ParallelSearch", board), "the parallel search");
            assertNull(agent.transform(loader, "dev/worlds/choco/WorldsEnvironment", board), "worlds-choco, woven by its build");
            assertNull(agent.transform(loader, null, board), "a class without a name");
            assertNull(TestLoaders.agent("includes=com.acme.**").transform(loader, BOARD, board), "not included");
            assertNull(TestLoaders.agent("includes=**,excludes=**.Board").transform(loader, BOARD, board), "excluded");
            assertNotNull(agent.transform(loader, BOARD, board), "included, in an application loader");
        }
        assertEquals(List.of(), agent.failures());
    }

    @Test
    void aClassItCannotWeaveIsReportedWithItsLoaderAndDefinedAsItWas(@TempDir Path dir) throws IOException {
        FixtureCorpus.write(corpus, dir);
        TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
        try (URLClassLoader loader = TestLoaders.applicationLoader(dir)) {
            assertNull(agent.transform(loader, BOARD, new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2}));
        }
        assertEquals(1, agent.failures().size());
        String failure = agent.failures().get(0);
        assertTrue(failure.startsWith("dev.worlds.instrument.fixtures.Board (class loader application@"), failure);
        assertTrue(failure.contains("not a readable class file"), failure);
        assertTrue(agent.output().contains("worlds-agent: not woven, its writes will not roll back: " + failure),
                agent.output());
    }

    @Test
    void aLoaderThatCannotSeeTheRuntimeGetsItsClassesReportedNotWoven(@TempDir Path dir) throws IOException {
        FixtureCorpus.write(corpus, dir);
        TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
        try (URLClassLoader loader = TestLoaders.withoutRuntime(dir)) {
            assertNull(agent.transform(loader, BOARD, corpus.get(BOARD)));
            assertNull(agent.transform(loader, SQUARE, corpus.get(SQUARE)));
        }
        assertEquals(2, agent.failures().size(), agent.failures().toString());
        assertTrue(agent.failures().get(1).contains("cannot see worlds-runtime"), agent.failures().get(1));
        assertTrue(agent.failures().get(1).contains("add dev.worlds:worlds-runtime to the application's class path"),
                agent.failures().get(1));
    }

    @Test
    void aRuntimeOfAnotherVersionIsReportedOncePerLoaderAndItsClassesAreStillWoven(@TempDir Path dir) throws IOException {
        FixtureCorpus.write(corpus, dir.resolve("classes"));
        Path oldRuntime = dir.resolve("worlds-runtime-0.0.9.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(oldRuntime))) {
            jar.putNextEntry(new JarEntry(RuntimeVisibility.RUNTIME_CLASS));
            jar.putNextEntry(new JarEntry("META-INF/maven/dev.worlds/worlds-runtime/pom.properties"));
            jar.write("version=0.0.9\n".getBytes(StandardCharsets.UTF_8));
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        WeavingLog log = new WeavingLog(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        WeavingTransformer agent = new WeavingTransformer(AgentOptions.parse(TestLoaders.FIXTURE_OPTIONS), log, "0.1.0");
        URL[] path = {TestLoaders.url(oldRuntime), TestLoaders.location(dev.worlds.Worlds.class), TestLoaders.url(dir.resolve("classes"))};
        try (URLClassLoader loader = new URLClassLoader("old-runtime", path, ClassLoader.getPlatformClassLoader())) {
            assertNotNull(agent.transform(loader, BOARD, null, null, corpus.get(BOARD)));
            assertNotNull(agent.transform(loader, SQUARE, null, null, corpus.get(SQUARE)));
        }
        String output = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, output.lines().filter(line -> line.contains("has worlds-runtime 0.0.9")).count(), output);
        assertTrue(output.startsWith("worlds-agent: warning: worlds-agent 0.1.0 weaves for worlds-runtime 0.1.0, but class"
                + " loader old-runtime@"), output);
    }

    /** Square extends Shape: weaving it reads Shape's class file, and must not load Shape to do so. */
    @Test
    void readsSuperclassesAsClassFilesWithoutLoadingAnyClass(@TempDir Path dir) throws IOException {
        FixtureCorpus.write(corpus, dir);
        TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
        try (URLClassLoader files = TestLoaders.applicationLoader(dir)) {
            ClassLoader refusesToLoad = new ClassLoader("refuses-to-load", null) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) {
                    throw new AssertionError("the agent asked its loader to load " + name);
                }

                @Override
                public URL getResource(String name) {
                    return files.getResource(name);
                }
            };
            assertNotNull(agent.transform(refusesToLoad, SQUARE, corpus.get(SQUARE)), agent.output());
        }
        assertEquals(List.of(), agent.failures());
    }

    @Test
    void weavesWhileAnotherThreadHoldsTheLoadersLock(@TempDir Path dir) throws Exception {
        FixtureCorpus.write(corpus, dir);
        TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
        try (URLClassLoader loader = TestLoaders.applicationLoader(dir)) {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> {
                synchronized (loader) {
                    locked.countDown();
                    awaitQuietly(release);
                }
            });
            holder.start();
            locked.await();
            try {
                byte[] woven = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> agent.transform(loader, SQUARE, corpus.get(SQUARE)));
                assertNotNull(woven, agent.output());
            } finally {
                release.countDown();
                holder.join();
            }
        }
    }

    /** Parallel-capable loaders define classes on many threads at once; each must come out as alone. */
    @Test
    void classesWovenOnManyThreadsAtOnceComeOutAsWovenOneByOne(@TempDir Path dir) throws Exception {
        FixtureCorpus.write(corpus, dir);
        Map<String, byte[]> alone = new ConcurrentHashMap<>();
        try (URLClassLoader loader = TestLoaders.applicationLoader(dir)) {
            TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
            corpus.forEach((name, bytes) -> alone.put(name, orSame(agent.transform(loader, name, bytes), bytes)));
        }
        TestLoaders.Agent agent = TestLoaders.agent(TestLoaders.FIXTURE_OPTIONS);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (URLClassLoader loader = TestLoaders.applicationLoader(dir)) {
            List<Future<?>> done = new ArrayList<>();
            for (Map.Entry<String, byte[]> entry : corpus.entrySet()) {
                done.add(threads.submit(() -> assertArrayEquals(alone.get(entry.getKey()),
                        orSame(agent.transform(loader, entry.getKey(), entry.getValue()), entry.getValue()), entry.getKey())));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static byte[] orSame(byte[] woven, byte[] original) {
        return woven == null ? original : woven;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
