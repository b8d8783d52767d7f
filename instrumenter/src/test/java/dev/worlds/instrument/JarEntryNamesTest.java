package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JarEntryNamesTest {
    @Test
    void namesInsideTheOutputAreSafeEvenWithDotsOrNonAsciiLetters() {
        assertNull(JarEntryNames.unsafe("com/acme/Board.class"));
        assertNull(JarEntryNames.unsafe("données/été..txt"));
        assertNull(JarEntryNames.unsafe("./a/b"));
        assertNull(JarEntryNames.unsafe("a/..b/c"));
    }

    @Test
    void signatureFilesAreThoseDirectlyInMetaInf() {
        for (String name : new String[] {"META-INF/ACME.SF", "META-INF/acme.rsa", "META-INF/X.DSA", "META-INF/K.EC",
            "META-INF/SIG-ACME", "meta-inf/ACME.SF"}) {
            assertTrue(JarEntryNames.isSignatureFile(name), name);
        }
        for (String name : new String[] {"META-INF/sub/ACME.SF", "META-INF/MANIFEST.MF", "com/acme/X.SF",
            "META-INF/versions/11/X.RSA"}) {
            assertFalse(JarEntryNames.isSignatureFile(name), name);
        }
    }

    @Test
    void versionsAreNumbersFromNineOn() {
        assertEquals(11, JarEntryNames.version("META-INF/versions/11/com/acme/A.class"));
        assertEquals(0, JarEntryNames.version("META-INF/versions/8/com/acme/A.class"));
        assertEquals(0, JarEntryNames.version("META-INF/versions/eleven/com/acme/A.class"));
        assertEquals(0, JarEntryNames.version("com/acme/A.class"));
    }

    @Test
    void internalNamesOfClassesTheJvmLoadsFromAJar() {
        assertEquals("com/acme/A", JarEntryNames.internalName("com/acme/A.class", false));
        assertEquals("com/acme/A", JarEntryNames.internalName("META-INF/versions/17/com/acme/A.class", true));
        assertNull(JarEntryNames.internalName("META-INF/versions/17/com/acme/A.class", false));
        assertNull(JarEntryNames.internalName("META-INF/Other.class", true));
        assertNull(JarEntryNames.internalName("com/acme/a.txt", false));
        assertNull(JarEntryNames.internalName(".class", false));
    }
}
