package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdkMethodCoverageTest {
    /** Overrides only what AbstractList needs: everything else is inherited. */
    static final class HalfList<E> extends ArrayList<E> {
        @Override
        public E get(int index) {
            return null;
        }

        @Override
        public int size() {
            return 0;
        }
    }

    @Test
    void listsEveryMethodASubclassInheritsFromTheJdkClass() {
        List<String> missing = JdkMethodCoverage.notOverridden(HalfList.class, ArrayList.class);
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("boolean add(Object)")), missing::toString);
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("void removeRange(int, int)")), missing::toString);
        assertTrue(missing.stream().noneMatch(m -> m.contains(" get(int)") || m.contains(" size()")),
                missing::toString);
        assertTrue(missing.stream().noneMatch(m -> m.contains("finalize") || m.contains("getClass")),
                missing::toString);
    }

    @Test
    void countsTheInterfaceDefaultsToo() {
        List<String> missing = JdkMethodCoverage.notOverridden(HalfList.class, ArrayList.class);
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("Stream stream()")), missing::toString);
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("Object[] toArray(IntFunction)")),
                missing::toString);
        // ArrayList on Java 17 has 38 such methods (45 on 21+, the sequenced ones); HalfList has 2.
        int expected = Runtime.version().feature() >= 21 ? 45 : 38;
        assertEquals(expected - 2, missing.size(), missing::toString);
    }

    @Test
    void aClassThatIsNotASubclassIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> JdkMethodCoverage.notOverridden(AbstractList.class, ArrayList.class));
    }
}
