package dev.worlds.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Jars made by tests, entry by entry (any name, even one no honest tool writes), and read back. */
final class TestJars {
    static final String FIXTURES = "dev/worlds/instrument/jarfixtures/";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> stored = new ArrayList<>();

    static TestJars jar() {
        return new TestJars();
    }

    TestJars add(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    TestJars add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a compiled fixture of {@code jarfixtures} under its own name, e.g. {@code fixture("Counter")}. */
    TestJars fixture(String simpleName) {
        return add(FIXTURES + simpleName + ".class", fixtureBytes(simpleName));
    }

    /** Adds an entry stored without compression. */
    TestJars stored(String name, String text) {
        stored.add(name);
        return add(name, text);
    }

    Path writeTo(Path jar) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar), StandardCharsets.UTF_8)) {
            long time = 1_700_000_000_000L;
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zip = new ZipEntry(entry.getKey());
                zip.setTime(time += 2_000);
                if (stored.contains(entry.getKey())) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zip.setMethod(ZipEntry.STORED);
                    zip.setSize(entry.getValue().length);
                    zip.setCrc(crc.getValue());
                }
                out.putNextEntry(zip);
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    static byte[] fixtureBytes(String simpleName) {
        try (InputStream in = TestJars.class.getResourceAsStream("/" + FIXTURES + simpleName + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A module descriptor, as javac writes one for {@code module com.acme.lib {}}. */
    static byte[] moduleInfo() {
        org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
        writer.visit(org.objectweb.asm.Opcodes.V9, org.objectweb.asm.Opcodes.ACC_MODULE, "module-info", null, null, null);
        writer.visitModule("com.acme.lib", 0, null).visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** The test classes' root directory, for use as a classpath entry. */
    static Path testClasses() {
        try {
            return Path.of(TestJars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every entry of a jar, in order, with its bytes. */
    static Map<String, byte[]> read(Path jar) {
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    read.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    static boolean isWoven(byte[] classFile) {
        return ClassInfo.read(classFile).isWoven();
    }
}
