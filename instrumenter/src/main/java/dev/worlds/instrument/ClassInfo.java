package dev.worlds.instrument;

import dev.worlds.instrument.internal.RuntimeNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the weaver needs to know about one class file without loading it: its place in the
 * hierarchy, its fields and their annotations, its {@code @Speculative} methods and whether it
 * is already woven.
 */
public final class ClassInfo {
    /** One declared field. */
    public record Field(String name, String descriptor, int access, boolean untracked) {
        public boolean isStatic() {
            return (access & Opcodes.ACC_STATIC) != 0;
        }

        public boolean isFinal() {
            return (access & Opcodes.ACC_FINAL) != 0;
        }

        /** Added by the weaver itself. */
        public boolean isWeaverField() {
            return name.startsWith(RuntimeNames.PREFIX);
        }
    }

    /** One declared method carrying {@code @Speculative}. */
    public record Method(String name, String descriptor, int access) {
    }

    private final String name;
    private final String superName;
    private final List<String> interfaces;
    private final int access;
    private final int version;
    private final boolean woven;
    private final List<Field> fields;
    private final List<Method> speculativeMethods;

    private ClassInfo(String name, String superName, List<String> interfaces, int access, int version,
            boolean woven, List<Field> fields, List<Method> speculativeMethods) {
        this.name = name;
        this.superName = superName;
        this.interfaces = interfaces;
        this.access = access;
        this.version = version;
        this.woven = woven;
        this.fields = fields;
        this.speculativeMethods = speculativeMethods;
    }

    /** Reads the class file's header, fields and method annotations (no code). */
    public static ClassInfo read(byte[] classFile) {
        Reader reader = new Reader();
        new ClassReader(classFile).accept(reader, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new ClassInfo(reader.name, reader.superName, reader.interfaces, reader.access, reader.version,
                reader.woven, Collections.unmodifiableList(reader.fields),
                Collections.unmodifiableList(reader.speculative));
    }

    /** The same class with another superclass: what it will extend once woven (see {@link TrackedCollections}). */
    public ClassInfo withSuperName(String newSuperName) {
        return new ClassInfo(name, newSuperName, interfaces, access, version, woven, fields, speculativeMethods);
    }

    /** Internal name, e.g. {@code com/acme/Board}. */
    public String name() {
        return name;
    }

    /** Internal name of the superclass, null for {@code java/lang/Object} and module-info. */
    public String superName() {
        return superName;
    }

    public List<String> interfaces() {
        return interfaces;
    }

    public int access() {
        return access;
    }

    /** Major class file version (52 for Java 8, 69 for Java 25). */
    public int version() {
        return version & 0xFFFF;
    }

    public boolean isInterface() {
        return (access & Opcodes.ACC_INTERFACE) != 0;
    }

    public boolean isFinal() {
        return (access & Opcodes.ACC_FINAL) != 0;
    }

    public boolean isPublic() {
        return (access & Opcodes.ACC_PUBLIC) != 0;
    }

    public boolean isModuleOrPackageInfo() {
        return (access & Opcodes.ACC_MODULE) != 0 || name.equals("module-info")
                || name.endsWith("/package-info") || name.equals("package-info");
    }

    /** Carries the weaver's marker: woven before, never woven again. */
    public boolean isWoven() {
        return woven;
    }

    /**
     * Implements {@code dev.worlds.internal.Tracked} without carrying the marker: written by hand
     * with the members the weaver would generate (as the Choco adapter's state classes are).
     */
    public boolean implementsTrackedByHand() {
        return !woven && interfaces.contains(RuntimeNames.TRACKED);
    }

    public List<Field> fields() {
        return fields;
    }

    public Field field(String fieldName, String descriptor) {
        for (Field field : fields) {
            if (field.name.equals(fieldName) && field.descriptor.equals(descriptor)) {
                return field;
            }
        }
        return null;
    }

    /** True when a woven class file declares the hierarchy's stamp field. */
    public boolean declaresStampField() {
        return field(RuntimeNames.STAMP_FIELD, RuntimeNames.STAMP_FIELD_DESC) != null;
    }

    public List<Method> speculativeMethods() {
        return speculativeMethods;
    }

    /** The class name of an internal name as users write it, e.g. {@code com.acme.Board} for {@code com/acme/Board}. */
    public static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    /** Package of an internal name, e.g. {@code com/acme} for {@code com/acme/Board}. */
    public static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    private static final class Reader extends ClassVisitor {
        String name;
        String superName;
        List<String> interfaces;
        int access;
        int version;
        boolean woven;
        final List<Field> fields = new ArrayList<>();
        final List<Method> speculative = new ArrayList<>();

        Reader() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            this.version = version;
            this.access = access;
            this.name = name;
            this.superName = superName;
            this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (descriptor.equals(RuntimeNames.WOVEN_MARKER_DESC)) {
                woven = true;
            }
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            return new FieldVisitor(Opcodes.ASM9) {
                private boolean untracked;

                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (annotation.equals(RuntimeNames.UNTRACKED_DESC)) {
                        untracked = true;
                    }
                    return null;
                }

                @Override
                public void visitEnd() {
                    fields.add(new Field(name, descriptor, access, untracked));
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    if (annotation.equals(RuntimeNames.SPECULATIVE_DESC)) {
                        speculative.add(new Method(name, descriptor, access));
                    }
                    return null;
                }
            };
        }
    }
}
