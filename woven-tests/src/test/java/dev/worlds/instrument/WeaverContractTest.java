package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.Account;
import dev.worlds.Worlds;
import dev.worlds.instrument.fixtures.Broken;
import dev.worlds.instrument.fixtures.HandTrackedDial;
import dev.worlds.instrument.fixtures.Inventory;
import dev.worlds.instrument.fixtures.LabelledDial;
import dev.worlds.instrument.fixtures.Ledger;
import dev.worlds.instrument.fixtures.Outer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** Idempotence, determinism, serialization, warnings and errors. */
class WeaverContractTest {
    private static Weaver weaver() {
        return WovenLoader.fixtureWeaver();
    }

    private static byte[] classFile(Class<?> type) throws Exception {
        return WovenLoader.classFile(type.getName().replace('.', '/'));
    }

    @Test
    void weavingIsDeterministic() throws Exception {
        for (Class<?> type : List.of(Account.class, Outer.class, Outer.Inner.class, Ledger.class)) {
            byte[] first = weaver().weave(classFile(type), null).bytes();
            byte[] second = weaver().weave(classFile(type), null).bytes();
            assertArrayEquals(first, second, type.getName());
        }
    }

    @Test
    void wovenClassesAreNeverWovenTwice() throws Exception {
        byte[] once = weaver().weave(classFile(Account.class), null).bytes();
        WeaveResult again = weaver().weave(once, null);
        assertFalse(again.changed());
        assertSame(once, again.bytes());
    }

    @Test
    void moduleAndPackageInfoAreSkipped() {
        ClassWriter packageInfo = new ClassWriter(0);
        packageInfo.visit(Opcodes.V17, Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE | Opcodes.ACC_SYNTHETIC,
                "dev/worlds/instrument/fixtures/package-info", null, "java/lang/Object", null);
        packageInfo.visitEnd();
        assertFalse(weaver().weave(packageInfo.toByteArray(), "package-info.class").changed());

        ClassWriter moduleInfo = new ClassWriter(0);
        moduleInfo.visit(Opcodes.V17, Opcodes.ACC_MODULE, "module-info", null, null, null);
        moduleInfo.visitModule("com.acme", 0, null).visitEnd();
        moduleInfo.visitEnd();
        assertFalse(weaver().weave(moduleInfo.toByteArray(), "module-info.class").changed());
    }

    @Test
    void serializableClassesKeepTheirSerialVersionUidAndRoundTrip() throws Exception {
        long original = ObjectStreamClass.lookup(Ledger.class).getSerialVersionUID();
        WovenLoader loader = new WovenLoader();
        Class<?> woven = loader.loadClass(Ledger.class.getName());
        assertEquals(original, ObjectStreamClass.lookup(woven).getSerialVersionUID());

        Object ledger = woven.getConstructor().newInstance();
        woven.getField("total").setLong(ledger, 42);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ledger);
        }
        // Read back as the unwoven class: the serialized form did not change.
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Ledger plain = (Ledger) in.readObject();
            assertEquals(42, plain.total);
        }
    }

    @Test
    void withCollectionsReplacedOnlyUnwovenFieldWritesAreReported() throws Exception {
        List<String> warnings = weaver().weave(classFile(Inventory.class), null).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("java.awt.Point.x"), warnings.toString());
    }

    @Test
    void withoutReplacementWarnsAboutJdkCollectionsAndUnwovenFieldWrites() throws Exception {
        Weaver plainCollections = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()),
                WovenLoader::isWovenFixture, TrackedCollections.OFF));
        WeaveResult result = plainCollections.weave(classFile(Inventory.class), null);
        List<String> warnings = result.warnings();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Inventory.items holds a java.util.List")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Inventory.counts holds a java.util.Map")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Inventory.moveCursor(Ljava/awt/Point;)V line")
                && w.contains("java.awt.Point.x") && w.contains("not tracked")), warnings.toString());
    }

    @Test
    void speculativeOnAnAbstractMethodNamesClassAndMethod() throws Exception {
        WeavingException error = assertThrows(WeavingException.class,
                () -> weaver().weave(classFile(Broken.class), "target/classes/Broken.class"));
        assertTrue(error.getMessage().startsWith("target/classes/Broken.class: @Speculative on "
                + "dev.worlds.instrument.fixtures.Broken.plan()V"), error.getMessage());
        assertEquals("target/classes/Broken.class", error.source());
    }

    @Test
    void warnsWhenASuperclassCannotBeFound() {
        ClassWriter orphan = new ClassWriter(0);
        orphan.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/Orphan", null, "gen/Missing", null);
        orphan.visitField(Opcodes.ACC_PUBLIC, "value", "I", null, null).visitEnd();
        orphan.visitEnd();
        WeaveResult result = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), n -> n.startsWith("gen/")))
                .weave(orphan.toByteArray(), "gen/Orphan.class");
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("gen.Orphan extends gen.Missing, whose class file is not on"
                + " the weaver's classpath"), result.warnings().get(0));
    }

    @Test
    void corruptSuperclassFileFailsNamingTheClassBeingWoven(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path shape = dir.resolve("dev/worlds/instrument/fixtures/Shape.class");
        java.nio.file.Files.createDirectories(shape.getParent());
        byte[] whole = classFile(dev.worlds.instrument.fixtures.Shape.class);
        java.nio.file.Files.write(shape, java.util.Arrays.copyOf(whole, whole.length / 2));
        Weaver weaver = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of(dir)), WovenLoader::isWovenFixture));
        WeavingException error = assertThrows(WeavingException.class,
                () -> weaver.weave(classFile(dev.worlds.instrument.fixtures.Square.class), "Square.class"));
        assertTrue(error.getMessage().startsWith("Square.class: cannot weave class dev.worlds.instrument.fixtures.Square"),
                error.getMessage());
    }

    @Test
    void corruptClassFileNamesTheFile() {
        byte[] corrupt = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 9};
        WeavingException error = assertThrows(WeavingException.class, () -> weaver().weave(corrupt, "x/Bad.class"));
        assertTrue(error.getMessage().startsWith("x/Bad.class: not a readable class file"), error.getMessage());
    }

    @Test
    void wovenOutputDiffersFromInputAndCarriesTheMarker() throws Exception {
        byte[] input = classFile(Account.class);
        WeaveResult result = weaver().weave(input, null);
        assertTrue(result.changed());
        assertNotEquals(input.length, result.bytes().length);
        assertTrue(ClassInfo.read(result.bytes()).isWoven());
    }

    @Test
    void aClassThatImplementsTrackedByHandIsLeftAsWrittenAndRollsBackItself() throws Exception {
        WeaveResult result = weaver().weave(classFile(HandTrackedDial.class), null);
        assertFalse(result.changed());
        assertEquals(List.of(), result.warnings());

        // Woven, it would declare Tracked twice and be refused by the JVM when loaded here.
        Class<?> dialClass = new WovenLoader().loadClass(HandTrackedDial.class.getName());
        Object dial = dialClass.getConstructor().newInstance();
        java.lang.reflect.Method turnTo = dialClass.getMethod("turnTo", int.class);
        java.lang.reflect.Method position = dialClass.getMethod("position");
        turnTo.invoke(dial, 3);
        Worlds.push();
        turnTo.invoke(dial, 7);
        assertEquals(7, position.invoke(dial));
        Worlds.pop();
        assertEquals(3, position.invoke(dial));
    }

    @Test
    void aSubclassOfAHandTrackedClassIsNotWovenAndTheWarningNamesBothAndTheFix() throws Exception {
        WeaveResult result = weaver().weave(classFile(LabelledDial.class), "LabelledDial.class");
        assertFalse(result.changed());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        String warning = result.warnings().get(0);
        assertTrue(warning.startsWith("dev.worlds.instrument.fixtures.LabelledDial: not woven, because it extends"
                + " dev.worlds.instrument.fixtures.HandTrackedDial, which implements dev.worlds.internal.Tracked"
                + " by hand"), warning);
        assertTrue(warning.contains("$worlds$save"), warning);

        Object dial = new WovenLoader().loadClass(LabelledDial.class.getName()).getConstructor().newInstance();
        assertTrue(dial instanceof dev.worlds.internal.Tracked);
    }
}
