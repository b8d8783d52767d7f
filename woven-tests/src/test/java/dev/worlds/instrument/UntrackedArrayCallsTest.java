package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.ArrayCallScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** The build-time warning about calls that hand a woven code's array to a JDK method it does not track. */
class UntrackedArrayCallsTest {
    private static final String SCENARIOS = "dev/worlds/instrument/fixtures/ArrayCallScenarios";
    private static final String DOTTED = SCENARIOS.replace('/', '.');

    private static List<String> warnings(ArrayCallWarnings options) throws ClassNotFoundException {
        Weaver weaver = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), WovenLoader::isWovenFixture),
                options);
        return weaver.weave(WovenLoader.classFile(SCENARIOS), null).warnings();
    }

    private static List<String> warningsOf(String method, List<String> all) {
        return all.stream().filter(w -> w.startsWith(DOTTED + "." + method + "(")).toList();
    }

    /** Source lines of the calls to {@code owner.name} in the unwoven {@code method}, in code order. */
    private static List<Integer> linesOfCalls(String method, String owner, String name) throws ClassNotFoundException {
        ClassNode node = new ClassNode();
        new ClassReader(WovenLoader.classFile(SCENARIOS)).accept(node, 0);
        List<Integer> lines = new ArrayList<>();
        MethodNode code = node.methods.stream().filter(m -> m.name.equals(method)).findFirst().orElseThrow();
        int line = -1;
        for (AbstractInsnNode insn : code.instructions) {
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            } else if (insn instanceof MethodInsnNode call && call.owner.equals(owner) && call.name.equals(name)
                    && !lines.contains(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void aReadOnlyMethodTheWeaverDoesNotKnowWarnsWithClassMethodLineAndCallee() throws Exception {
        int line = linesOfCalls("checksum", "java/util/zip/CRC32", "update").get(0);

        assertEquals(List.of(DOTTED + ".checksum([B)J line " + line + ": possibly untracked array write: passes an"
                + " array to java.util.zip.CRC32.update(byte[], int, int), a JDK method the weaver does not track:"
                + " what it writes into the array, now or later through an object it returns, is not rolled back."
                + " If it only reads the array, declare java.util.zip.CRC32.update read-only to silence this (Maven parameter readOnlyArrayMethods,"
                + " command-line option --read-only-array-method)."),
                warningsOf("checksum", warnings(ArrayCallWarnings.ON)));
    }

    @Test
    void aJdkMethodThatWritesIntoTheArrayWarns() throws Exception {
        List<String> warnings = warningsOf("inflate", warnings(ArrayCallWarnings.ON));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(" line " + linesOfCalls("inflate", "java/util/zip/Inflater", "inflate").get(0)
                + ": possibly untracked array write: passes an array to java.util.zip.Inflater.inflate(byte[])"),
                warnings.get(0));
    }

    @Test
    void trackedWritersKnownReadersAndArraysCreatedForTheCallDoNotWarn() throws Exception {
        assertEquals(List.of(), warningsOf("knownOrCreatedForTheCall", warnings(ArrayCallWarnings.ON)));
    }

    @Test
    void oneWarningPerCallSite() throws Exception {
        List<String> all = warnings(ArrayCallWarnings.ON);
        List<Integer> lines = linesOfCalls("twoSitesAndALoop", "java/util/zip/CRC32", "update");

        assertEquals(3, lines.size());
        List<String> warnings = warningsOf("twoSitesAndALoop", all);
        assertEquals(3, warnings.size(), warnings.toString());
        for (int i = 0; i < 3; i++) {
            assertTrue(warnings.get(i).startsWith(DOTTED + ".twoSitesAndALoop([B[B)J line " + lines.get(i) + ":"),
                    warnings.get(i));
        }
        assertEquals(2, warningsOf("inFinally", all).size(), "the try's call and the finally's call, copied or not");
    }

    @Test
    void withoutLineNumbersEveryCallInstructionIsASite() throws Exception {
        ClassWriter stripped = new ClassWriter(0);
        new ClassReader(WovenLoader.classFile(SCENARIOS)).accept(stripped, ClassReader.SKIP_DEBUG);
        List<String> all = WovenLoader.fixtureWeaver().weave(stripped.toByteArray(), null).warnings();

        List<String> warnings = warningsOf("twoSitesAndALoop", all);
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(DOTTED + ".twoSitesAndALoop([B[B)J: possibly untracked"), warnings.get(0));
        assertEquals(3, warningsOf("inFinally", all).size(), "javac's copy of the finally block counts on its own");
    }

    @Test
    void writersAddedToTheTableAndInheritedWritersDoNotWarn() throws Exception {
        Weaver weaver = WovenLoader.fixtureWeaver();
        for (String fixture : List.of("MoreJdkWriterScenarios", "NamesList")) {
            String name = WovenLoader.FIXTURES + fixture;
            assertEquals(List.of(), weaver.weave(WovenLoader.classFile(name), null).warnings(), name);
        }
    }

    @Test
    void anArrayCreatedInTheCallButAlsoKeptOrOnlySometimesCreatedWarns() throws Exception {
        List<String> all = warnings(ArrayCallWarnings.ON);
        assertEquals(1, warningsOf("createdButKept", all).size());
        assertEquals(1, warningsOf("eitherCreatedOrGiven", all).size());
    }

    @Test
    void aBufferThatWritesThroughIntoTheArrayWarns() throws Exception {
        List<String> warnings = warningsOf("writtenThroughAView", warnings(ArrayCallWarnings.ON));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("java.nio.ByteBuffer.wrap(byte[])"), warnings.get(0));
    }

    @Test
    void theSwitchSilencesEveryWarning() throws Exception {
        assertEquals(List.of(), warnings(ArrayCallWarnings.OFF));
    }

    @Test
    void aMethodDeclaredReadOnlyIsSilencedAlsoThroughASupertype() throws Exception {
        List<String> all = warnings(ArrayCallWarnings.ON);
        List<String> silenced = warnings(ArrayCallWarnings.readOnly(List.of("java.util.zip.Checksum.update")));

        assertEquals(List.of(), warningsOf("checksum", silenced));
        assertEquals(List.of(), warningsOf("twoSitesAndALoop", silenced));
        assertEquals(warningsOf("inflate", all), warningsOf("inflate", silenced));
        assertEquals(List.of(), warningsOf("inflate",
                warnings(ArrayCallWarnings.readOnly(List.of("java.util.zip.Inflater.*")))));
    }

    @Test
    void malformedReadOnlyMethodsAreRejectedWithAnExample() {
        for (String bad : List.of("CRC32", "java.util.zip.CRC32.", ".update", "java.util..CRC32.update", "a.b(c)")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ArrayCallWarnings.readOnly(List.of(bad)), bad);
            assertTrue(e.getMessage().contains("java.util.zip.CRC32.update"), e.getMessage());
        }
    }

    @Test
    void wovenScenariosLoadVerifyAndRun() {
        new WovenLoader().run(ArrayCallScenarios.class, "runAll");
    }
}
