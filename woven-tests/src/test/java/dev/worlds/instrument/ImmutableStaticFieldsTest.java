package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Without collection replacement ({@link TrackedCollections#OFF}) every field holding a JDK
 * collection is reported, except {@code static final} fields that the static initializer sets to
 * an immutable collection, and only those.
 */
class ImmutableStaticFieldsTest {
    private static final String HOLDS = " holds a java.util.";

    /** The fields named in the warnings about JDK collections, e.g. {@code Catalog.FILLED}. */
    private static List<String> warnedFields(byte[] classFile) {
        return plainCollectionsWeaver().weave(classFile, null).warnings().stream()
                .filter(w -> w.contains(HOLDS))
                .map(w -> w.substring(0, w.indexOf(HOLDS)))
                .map(f -> f.substring(f.lastIndexOf('.', f.lastIndexOf('.') - 1) + 1))
                .sorted()
                .toList();
    }

    @Test
    void immutableFactoriesAreQuietAndEverythingElseWarns() throws Exception {
        List<String> warned = warnedFields(WovenLoader.classFile(WovenLoader.FIXTURES + "Catalog"));

        assertEquals(List.of("Catalog.FILLED", "Catalog.FILLED_IN_INITIALIZER", "Catalog.MUTABLE_ELEMENTS",
                "Catalog.SOMETIMES_MUTABLE", "Catalog.instanceFinal", "Catalog.notFinal"), warned);
    }

    @Test
    void anInterfaceConstantIsQuiet() throws Exception {
        assertEquals(List.of(), warnedFields(WovenLoader.classFile(WovenLoader.FIXTURES + "Defaults")));
    }

    @Test
    void theWovenFixtureInitializesUnderTheVerifier() throws Exception {
        Class<?> catalog = Class.forName(Catalog.class.getName(), true, new WovenLoader());
        assertEquals(List.of("c"), catalog.getField("QUIET_THROUGH_A_LOCAL").get(null));
    }

    /**
     * Before class file version 53 any method of the class may assign its static final fields (JVMS 6.5
     * {@code putstatic}): one that does keeps the warning, though the initializer stores {@code List.of()}.
     */
    @Test
    void aJava8ClassAssigningTheFieldOutsideItsInitializerWarns() {
        assertEquals(List.of("Old.VALUES"), warnedFields(java8Class(true)));
        assertEquals(List.of(), warnedFields(java8Class(false)));
    }

    private static byte[] java8Class(boolean reassignedInAMethod) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC, WovenLoader.FIXTURES + "Old", null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "VALUES", "Ljava/util/List;",
                null, null).visitEnd();
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        init.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/List", "of", "()Ljava/util/List;", true);
        init.visitFieldInsn(Opcodes.PUTSTATIC, WovenLoader.FIXTURES + "Old", "VALUES", "Ljava/util/List;");
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        if (reassignedInAMethod) {
            MethodVisitor reset = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "reset", "()V", null, null);
            reset.visitCode();
            reset.visitTypeInsn(Opcodes.NEW, "java/util/ArrayList");
            reset.visitInsn(Opcodes.DUP);
            reset.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/ArrayList", "<init>", "()V", false);
            reset.visitFieldInsn(Opcodes.PUTSTATIC, WovenLoader.FIXTURES + "Old", "VALUES", "Ljava/util/List;");
            reset.visitInsn(Opcodes.RETURN);
            reset.visitMaxs(0, 0);
            reset.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void theWarningStillNamesTheFieldAndTheWayOut() throws Exception {
        List<String> warnings = plainCollectionsWeaver()
                .weave(WovenLoader.classFile(WovenLoader.FIXTURES + "Catalog"), null).warnings();
        assertTrue(warnings.contains("dev.worlds.instrument.fixtures.Catalog.FILLED holds a java.util.List: changes"
                + " made inside it by JDK code are not tracked, so a rollback will not undo them. Collection tracking"
                + " is off: turn it back on (Maven: trackCollections, on by default; command line: leave out"
                + " --no-track-collections) so that the collections woven code creates roll back, or mark the field"
                + " @Untracked to silence this."), warnings.toString());
    }

    private static Weaver plainCollectionsWeaver() {
        return new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), WovenLoader::isWovenFixture,
                TrackedCollections.OFF));
    }
}
