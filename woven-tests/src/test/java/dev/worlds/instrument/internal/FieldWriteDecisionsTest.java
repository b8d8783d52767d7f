package dev.worlds.instrument.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.ArrayCallWarnings;
import dev.worlds.instrument.ClassFileLocator;
import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.ClassInfo;
import dev.worlds.instrument.WovenLoader;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Each field write is decided once, with its reason, before any code is written. */
class FieldWriteDecisionsTest {
    private static final String FIXTURES = "dev/worlds/instrument/fixtures/";

    private static FieldWriteDecisions decide(String className, String method, Predicate<String> woven) throws Exception {
        byte[] classFile = WovenLoader.classFile(FIXTURES + className);
        ClassHierarchy hierarchy = new ClassHierarchy(new ClassFileLocator(List.of()), woven);
        ClassInfo info = ClassInfo.read(classFile);
        hierarchy.add(info);
        ClassWeavePlan plan = new ClassWeavePlan(info, classFile, hierarchy, ArrayCallWarnings.ON);
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, ClassReader.EXPAND_FRAMES);
        MethodNode code = node.methods.stream().filter(m -> m.name.equals(method)).findFirst().orElseThrow();
        return FieldWriteDecisions.decide(plan, code, new SourceFrames(plan.className(), code));
    }

    @Test
    void trackedStaticsGetTheDeclaringClassesBarrierAndUntrackedOnesNone() throws Exception {
        // hits++; bytes += ...; last = what; statsCalls++ (@Untracked)
        List<FieldWriteDecision> decisions = decide("Counters", "hit", WovenLoader::isWovenFixture).inOrder();
        assertEquals(List.of(FieldWriteDecision.Kind.STATIC_BARRIER, FieldWriteDecision.Kind.STATIC_BARRIER,
                FieldWriteDecision.Kind.STATIC_BARRIER, FieldWriteDecision.Kind.NOT_TRACKED),
                decisions.stream().map(FieldWriteDecision::kind).toList());
        assertEquals(FIXTURES + "Counters", decisions.get(0).barrierClass());
        assertTrue(decisions.get(3).reason().contains("@Untracked"), decisions.get(3).reason());
    }

    @Test
    void aWriteToAClassThatIsNotWovenIsAWarningWithoutABarrierOrComparand() throws Exception {
        FieldWriteDecisions decisions = decide("Adjuster", "adjust",
                name -> WovenLoader.isWovenFixture(name) && !name.equals(FIXTURES + "Account"));
        FieldWriteDecision write = decisions.inOrder().get(0);
        assertEquals(FieldWriteDecision.Kind.WARNING, write.kind());
        assertTrue(write.reason().contains("a field of a class that is not woven"), write.reason());
        assertTrue(decisions.barrierSites().isEmpty());
    }
}
