package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.HiddenCounter;
import dev.worlds.instrument.fixtures.HiddenHost;
import java.lang.invoke.MethodHandles;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HiddenClassTest {
    @Test
    void wovenClassDefinedAsHiddenClassRollsBack() throws Exception {
        WovenLoader loader = new WovenLoader();
        MethodHandles.Lookup host = (MethodHandles.Lookup) loader.loadClass(HiddenHost.class.getName())
                .getMethod("lookup").invoke(null);
        byte[] woven = WovenLoader.fixtureWeaver().weave(WovenLoader.classFile(HiddenCounter.class.getName().replace('.', '/')), null).bytes();
        Class<?> hidden = host.defineHiddenClass(woven, true).lookupClass();
        assertTrue(hidden.isHidden());
        @SuppressWarnings("unchecked")
        Supplier<String> counter = (Supplier<String>) hidden.getConstructor().newInstance();
        assertEquals("0/0", counter.get());
    }
}
