package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.Account;
import dev.worlds.instrument.fixtures.Counters;
import dev.worlds.instrument.fixtures.Ledger;
import dev.worlds.instrument.fixtures.SerialShapes;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Every field the weaver adds is synthetic, the {@code serialVersionUID} it pins included, so that
 * whatever lists a class's fields (reflection, serializers that skip synthetic fields, IDEs,
 * coverage) can tell them from the program's own.
 */
class AddedFieldsTest {
    private final WovenLoader loader = new WovenLoader();

    /** In the class files: every fixture class, woven, against the same class compiled. */
    @Test
    void everyFieldAddedToAFixtureClassFileIsSynthetic() throws Exception {
        Weaver weaver = WovenLoader.fixtureWeaver();
        List<String> notSynthetic = new ArrayList<>();
        int wovenClasses = 0;
        int addedFields = 0;
        for (String internalName : fixtureClasses()) {
            byte[] original = WovenLoader.classFile(internalName);
            byte[] woven;
            try {
                woven = weaver.weave(original, internalName + ".class").bytes();
            } catch (WeavingException deliberatelyBroken) {
                continue;   // fixtures of weaving errors
            }
            wovenClasses++;
            Set<String> own = fields(original).stream().map(f -> f.name + f.desc).collect(Collectors.toSet());
            for (FieldNode field : fields(woven)) {
                if (!own.contains(field.name + field.desc)) {
                    addedFields++;
                    if ((field.access & Opcodes.ACC_SYNTHETIC) == 0) {
                        notSynthetic.add(internalName + "." + field.name);
                    }
                }
            }
        }
        assertTrue(wovenClasses > 50, "only " + wovenClasses + " fixture classes woven");
        assertTrue(addedFields > 50, "only " + addedFields + " fields added");
        assertTrue(notSynthetic.isEmpty(), "added fields that are not synthetic: " + notSynthetic);
    }

    /** By reflection on loaded woven classes: a stamp root, statics, and a pinned serialVersionUID. */
    @ParameterizedTest
    @ValueSource(classes = {Account.class, Counters.class, Ledger.class, SerialShapes.WithStatics.class,
            SerialShapes.SubclassOfWoven.class})
    void everyFieldAWovenClassHasAndItsSourceDoesNotIsSynthetic(Class<?> compiled) throws Exception {
        Set<String> own = Stream.of(compiled.getDeclaredFields()).map(Field::getName).collect(Collectors.toSet());
        Class<?> woven = loader.loadClass(compiled.getName());
        List<Field> added = Stream.of(woven.getDeclaredFields()).filter(f -> !own.contains(f.getName())).toList();
        assertFalse(added.isEmpty(), "the weaver added no field to " + compiled.getName());
        for (Field field : added) {
            assertTrue(field.isSynthetic(), woven.getName() + "." + field.getName() + " is not synthetic");
        }
    }

    private static List<FieldNode> fields(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, ClassReader.SKIP_CODE);
        return node.fields;
    }

    /** Internal names of the woven fixture classes compiled into the test class path. */
    private static List<String> fixtureClasses() throws IOException, URISyntaxException {
        Path root = Path.of(AddedFieldsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve(WovenLoader.FIXTURES))) {
            return files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(WovenLoader::isWovenFixture)
                    .sorted()
                    .toList();
        }
    }
}
