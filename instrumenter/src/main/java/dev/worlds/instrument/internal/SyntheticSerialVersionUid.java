package dev.worlds.instrument.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.SerialVersionUIDAdder;

/**
 * Pins the {@code serialVersionUID} the JVM computes for a serializable class that declares none,
 * as ASM's {@link SerialVersionUIDAdder} does (the weaver's added members would change the
 * computed value), and marks the field it adds synthetic, like every other member the weaver
 * adds: tools that list a class's fields by reflection or in its class file (serializers that skip
 * synthetic fields, IDEs, coverage, documentation) can tell it from the program's own.
 *
 * <p>Serialization still finds it: {@code ObjectStreamClass} takes a declared field named
 * {@code serialVersionUID} of type {@code long} that is {@code static} and {@code final}, whatever
 * its other modifiers (Java Object Serialization Specification, section 4.6, "Stream Unique
 * Identifiers"). Must see the class before the weaver adds anything: it computes the value from
 * the members it is shown.
 *
 * <p>Targets ASM API {@link Opcodes#ASM9}.
 */
public final class SyntheticSerialVersionUid extends SerialVersionUIDAdder {
    public SyntheticSerialVersionUid(ClassVisitor classVisitor) {
        super(Opcodes.ASM9, classVisitor);
    }

    /** As the superclass's, with {@code ACC_SYNTHETIC}; straight to the next visitor, as the value is final. */
    @Override
    protected void addSVUID(long svuid) {
        FieldVisitor field = cv.visitField(Opcodes.ACC_FINAL | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                "serialVersionUID", "J", null, svuid);
        if (field != null) {
            field.visitEnd();
        }
    }
}
