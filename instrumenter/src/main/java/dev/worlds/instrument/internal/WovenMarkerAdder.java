package dev.worlds.instrument.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;

/**
 * Marks a class as woven, like ASM's {@code SerialVersionUIDAdder} adds its field: the invisible
 * annotation {@link RuntimeNames#WOVEN_MARKER_DESC}, whose presence means "never weave again".
 * Class annotations must come before the class's members and nest, inner-class and permitted
 * subclass entries, so it is added on the first of those, or at the end of a class with none.
 *
 * <pre>
 * new ClassReader(bytes).accept(new WovenMarkerAdder(weaver), 0);
 * </pre>
 */
public final class WovenMarkerAdder extends ClassVisitor {
    private boolean added;

    public WovenMarkerAdder(ClassVisitor next) {
        super(Opcodes.ASM9, next);
    }

    private void addMarker() {
        if (!added) {
            added = true;
            super.visitAnnotation(RuntimeNames.WOVEN_MARKER_DESC, false).visitEnd();
        }
    }

    @Override
    public void visitNestMember(String nestMember) {
        addMarker();
        super.visitNestMember(nestMember);
    }

    @Override
    public void visitPermittedSubclass(String permittedSubclass) {
        addMarker();
        super.visitPermittedSubclass(permittedSubclass);
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
        addMarker();
        super.visitInnerClass(name, outerName, innerName, access);
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
        addMarker();
        return super.visitRecordComponent(name, descriptor, signature);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        addMarker();
        return super.visitField(access, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        addMarker();
        return super.visitMethod(access, name, descriptor, signature, exceptions);
    }

    @Override
    public void visitEnd() {
        addMarker();
        super.visitEnd();
    }
}
