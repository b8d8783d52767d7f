package dev.worlds.instrument;

import static dev.worlds.instrument.TestJars.FIXTURES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed jar, signed here by the JDK's own jar signer, woven: its signature must go, or the JVM refuses the classes. */
class JarSignatureTest {
    @TempDir
    static Path keys;

    private static PrivateKey key;
    private static CertPath certificates;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeAKey() throws IOException, InterruptedException, GeneralSecurityException {
        Path store = keys.resolve("keys.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "secret",
                "-keypass", "secret", "-alias", "acme", "-dname", "CN=Acme", "-keyalg", "EC", "-validity", "2")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        KeyStore keyStore = KeyStore.getInstance(store.toFile(), "secret".toCharArray());
        key = (PrivateKey) keyStore.getKey("acme", "secret".toCharArray());
        certificates = CertificateFactory.getInstance("X.509")
                .generateCertPath(Arrays.asList(keyStore.getCertificateChain("acme")));
    }

    private Path signedJar() throws IOException {
        Path unsigned = TestJars.jar()
                .add("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: a test\r\n\r\n")
                .fixture("Counter").add("data/notes.txt", "not a class").writeTo(dir.resolve("unsigned.jar"));
        Path signed = dir.resolve("signed.jar");
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            new JarSigner.Builder(key, certificates).signerName("ACME").build().sign(in, out);
        }
        return signed;
    }

    @Test
    void signatureIsRemovedWithItsDigestsAndSaidSo() throws IOException {
        Path signed = signedJar();
        Path out = dir.resolve("woven.jar");

        WovenJar woven = JarWeaver.builder().jar(signed).build().weave();
        woven.writeTo(out);

        Map<String, byte[]> entries = TestJars.read(out);
        assertEquals(List.of("META-INF/MANIFEST.MF", FIXTURES + "Counter.class", "data/notes.txt"),
                List.copyOf(entries.keySet()));
        assertEquals("Manifest-Version: 1.0\r\nCreated-By: a test\r\n\r\n",
                new String(entries.get("META-INF/MANIFEST.MF"), StandardCharsets.UTF_8));
        assertEquals(List.of(signed + " was signed (META-INF/ACME.SF, META-INF/ACME.EC): woven classes no longer match"
                + " the signature, so it was removed, with the manifest's per-entry digests."), woven.notes());
        assertArrayEquals("not a class".getBytes(StandardCharsets.UTF_8), entries.get("data/notes.txt"));
        try (JarFile jar = new JarFile(out.toFile(), true)) {
            JarEntry counter = jar.getJarEntry(FIXTURES + "Counter.class");
            try (InputStream in = jar.getInputStream(counter)) {
                assertTrue(TestJars.isWoven(in.readAllBytes()));
            }
            assertEquals(null, counter.getCodeSigners());
        }
    }

    @Test
    void withTheSignatureKeptTheJvmWouldRefuseTheWovenClass() throws IOException {
        Path signed = signedJar();
        Map<String, byte[]> entries = TestJars.read(signed);
        byte[] wovenCounter = TestJars.read(wovenCopy(signed)).get(FIXTURES + "Counter.class");
        // What a weaver that kept the signature would write: every entry as signed, the class woven.
        TestJars tampered = TestJars.jar();
        entries.forEach((name, bytes) -> tampered.add(name, name.endsWith("Counter.class") ? wovenCounter : bytes));
        Path kept = tampered.writeTo(dir.resolve("kept-signature.jar"));

        try (JarFile jar = new JarFile(kept.toFile(), true)) {
            assertTrue(jar.getManifest().getEntries().containsKey(FIXTURES + "Counter.class"), "signed per entry");
            SecurityException e = assertThrows(SecurityException.class,
                    () -> jar.getInputStream(jar.getJarEntry(FIXTURES + "Counter.class")).readAllBytes());
            assertTrue(e.getMessage().contains("digest error"), e.getMessage());
        }
        assertFalse(Arrays.equals(entries.get(FIXTURES + "Counter.class"), wovenCounter));
    }

    private Path wovenCopy(Path jar) {
        Path out = dir.resolve("copy.jar");
        JarWeaver.builder().jar(jar).build().weave().writeTo(out);
        return out;
    }
}
