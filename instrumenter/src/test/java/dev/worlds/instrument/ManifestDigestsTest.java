package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManifestDigestsTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String strip(String manifest) {
        return new String(ManifestDigests.strip(bytes(manifest)), StandardCharsets.UTF_8);
    }

    @Test
    void perEntryDigestsGoAndSectionsLeftWithOnlyTheirNameWithThem() {
        String signed = "Manifest-Version: 1.0\r\nCreated-By: 17 (Acme)\r\n\r\n"
                + "Name: com/acme/Board.class\r\nSHA-256-Digest: q1Nb2m8x5PCHBzvEBBhsSWa/BWsgnzQaZ8ZP1Pj3x7k=\r\n\r\n"
                + "Name: com/acme/\r\nSealed: true\r\nSHA1-Digest: 2jmj7l5rSw0yVb/vlWAYkK/YBwk=\r\n\r\n";

        assertEquals("Manifest-Version: 1.0\r\nCreated-By: 17 (Acme)\r\n\r\n"
                + "Name: com/acme/\r\nSealed: true\r\n\r\n", strip(signed));
    }

    @Test
    void continuationLinesBelongToTheirHeader() {
        String signed = "Manifest-Version: 1.0\n\n"
                + "Name: com/acme/a/very/long/package/name/that/does/not/fit/on/one/line/Boa\n rd.class\n"
                + "SHA-256-Digest: q1Nb2m8x5PCHBzvEBBhsSWa/BWsgnzQaZ8ZP1Pj3x7k=\n\n"
                + "Name: com/acme/Other.class\nX-Note: wrapped over\n  two lines\nMD5-Digest: abc=\n\n";

        assertEquals("Manifest-Version: 1.0\n\nName: com/acme/Other.class\nX-Note: wrapped over\n  two lines\n\n",
                strip(signed));
    }

    @Test
    void mainSectionIsKeptByteForByteEvenWithADigestLookalike() {
        // A multi-byte character split across a continuation line stays as it was.
        String manifest = "Manifest-Version: 1.0\r\nImplementation-Title: caf\u00c3\r\n \u00a9 r\u00e9sum\u00e9\r\n"
                + "Weird-Digest: main-section attributes are not per-entry digests\r\n\r\n";
        byte[] original = manifest.getBytes(StandardCharsets.ISO_8859_1);

        assertSame(original, ManifestDigests.strip(original));
    }

    @Test
    void multiReleaseIsReadFromTheMainSection() {
        assertTrue(ManifestDigests.isMultiRelease(bytes("Manifest-Version: 1.0\nMulti-Release: TRUE\n\n")));
        assertFalse(ManifestDigests.isMultiRelease(bytes("Manifest-Version: 1.0\n\nName: x\nMulti-Release: true\n\n")));
        assertFalse(ManifestDigests.isMultiRelease(bytes("Manifest-Version: 1.0\n")));
        assertFalse(ManifestDigests.isMultiRelease(bytes("no colon here, not a manifest\n")));
    }
}
