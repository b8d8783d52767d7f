package dev.worlds.junit.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.junit.WorldsExtension;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Ledger;
import java.util.Comparator;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two tests that each expect the shared state as it was before them. */
public final class OrderScenarios {
    private OrderScenarios() {
    }

    public abstract static class SharedStaticTests {
        @Test
        void alpha() {
            assertEquals(0, Counter.value);
            assertEquals(0, Ledger.SHARED.entries.size());
            Counter.value++;
            Ledger.SHARED.book("alpha", 1);
        }

        @Test
        void beta() {
            assertEquals(0, Counter.value);
            assertEquals(0, Ledger.SHARED.entries.size());
            Counter.value++;
            Ledger.SHARED.book("beta", 1);
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class WithWorlds extends SharedStaticTests {
    }

    @Scenario
    public static class WithoutWorlds extends SharedStaticTests {
    }

    /** Method names backwards: the other order of the two tests. */
    public static final class ReverseMethodName implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(
                    Comparator.comparing((MethodDescriptor method) -> method.getMethod().getName()).reversed());
        }
    }
}
