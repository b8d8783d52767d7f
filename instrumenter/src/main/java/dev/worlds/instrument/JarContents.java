package dev.worlds.instrument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The entries of a jar (or of a class directory read as an unpacked jar), read whole into memory
 * in the jar's own order, and written back as a jar.
 * A jar is input, not trusted: reading refuses a jar with an entry whose name would land outside
 * a directory it is unpacked into, naming the jar and the entry, before anything is woven or
 * written.
 */
final class JarContents {
    /** One entry: its name (UTF-8, as the jar has it), its bytes and what writing it again keeps. */
    record Entry(String name, byte[] bytes, long time, int method, String comment) {
        boolean isDirectory() {
            return name.endsWith("/");
        }

        Entry withBytes(byte[] newBytes) {
            return new Entry(name, newBytes, time, method, comment);
        }
    }

    private final List<Entry> entries;
    private final List<String> duplicates;

    private JarContents(List<Entry> entries, List<String> duplicates) {
        this.entries = List.copyOf(entries);
        this.duplicates = List.copyOf(duplicates);
    }

    /**
     * Reads every entry of the jar.
     *
     * @throws UncheckedIOException when the file is not a readable jar, or an entry's name is unsafe;
     *                              the message names the jar and the entry
     */
    static JarContents read(Path jar) {
        if (Files.isDirectory(jar)) {
            return readDirectory(jar);
        }
        List<Entry> entries = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = null;
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                current = entry.getName();
                String unsafe = JarEntryNames.unsafe(current);
                if (unsafe != null) {
                    throw refused(jar, current, unsafe);
                }
                if (!seen.add(current)) {
                    duplicates.add(current);
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                entries.add(new Entry(current, bytes, entry.getTime(), entry.getMethod(), entry.getComment()));
            }
            keepLastOfEachName(entries, duplicates);
        } catch (UnsafeEntryException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            String where = current == null ? "" : " (at entry '" + current + "')";
            throw new UncheckedIOException(jar + ": cannot read it as a jar" + where + ": " + e.getMessage()
                    + ". Check that it is a complete jar or zip file.",
                    e instanceof IOException io ? io : new IOException(e));
        }
        return new JarContents(entries, duplicates);
    }

    /**
     * Of entries sharing a name, keeps the last, at its place: ZipFile.getEntry and so the JDK's
     * class loaders read that one.
     */
    private static void keepLastOfEachName(List<Entry> entries, List<String> duplicates) {
        if (duplicates.isEmpty()) {
            return;
        }
        Set<String> later = new HashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!later.add(entries.get(i).name())) {
                entries.remove(i);
            }
        }
    }

    /**
     * The files under a directory as the entries of an unpacked jar (a module of the same build
     * that is compiled but not packaged yet), sorted by name; directories themselves are left out.
     */
    private static JarContents readDirectory(Path directory) {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                entries.add(new Entry(name, Files.readAllBytes(file), Files.getLastModifiedTime(file).toMillis(),
                        ZipEntry.DEFLATED, null));
            }
        } catch (UncheckedIOException e) {
            throw cannotReadDirectory(directory, e.getCause());
        } catch (IOException e) {
            throw cannotReadDirectory(directory, e);
        }
        entries.sort(Comparator.comparing(Entry::name));
        return new JarContents(entries, List.of());
    }

    private static UncheckedIOException cannotReadDirectory(Path directory, IOException e) {
        return new UncheckedIOException(directory + ": cannot read the class directory: " + e.getMessage()
                + ". Check that it exists and is readable.", e);
    }

    private static UnsafeEntryException refused(Path jar, String entry, String why) {
        return new UnsafeEntryException(jar + ": refusing to weave the jar: its entry '" + entry + "' would be"
                + " written outside the output directory (" + why + "). The jar is corrupt or was made to"
                + " overwrite other files; nothing was written. Get the jar again from a source you trust.");
    }

    /** An entry name that could escape the output: the whole jar is refused. */
    private static final class UnsafeEntryException extends ZipException {
        private static final long serialVersionUID = 1L;

        UnsafeEntryException(String message) {
            super(message);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** Names that appear more than once in the jar; only the last of each is kept. */
    List<String> duplicates() {
        return duplicates;
    }

    /** The manifest's bytes, or null when the jar has none. */
    byte[] manifest() {
        for (Entry entry : entries) {
            if (JarEntryNames.isManifest(entry.name())) {
                return entry.bytes();
            }
        }
        return null;
    }

    /**
     * The entries as a jar file, in the given order, each with the name, time, comment and
     * compression method it had.
     */
    static byte[] toJar(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // ZipOutputStream rather than JarOutputStream: the latter adds a marker to the first entry.
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Entry entry : entries) {
                out.putNextEntry(zipEntry(entry));
                out.write(entry.bytes());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build a jar in memory: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static ZipEntry zipEntry(Entry entry) {
        ZipEntry zip = new ZipEntry(entry.name());
        if (entry.time() != -1) {
            zip.setTime(entry.time());
        }
        if (entry.comment() != null) {
            zip.setComment(entry.comment());
        }
        if (entry.method() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(entry.bytes());
            zip.setMethod(ZipEntry.STORED);
            zip.setSize(entry.bytes().length);
            zip.setCompressedSize(entry.bytes().length);
            zip.setCrc(crc.getValue());
        }
        return zip;
    }
}
