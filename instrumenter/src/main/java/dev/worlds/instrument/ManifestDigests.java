package dev.worlds.instrument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Manifest;

/**
 * Reads and edits a jar's manifest as text, so that everything but the edit stays byte for byte
 * as it was (java.util.jar.Manifest would reorder the sections and rewrap the lines).
 *
 * <p>A signed jar's manifest has a section per entry with that entry's digest
 * ({@code Name: com/acme/Board.class} followed by {@code SHA-256-Digest: ...}); once a class is
 * woven the digest no longer matches, so {@link #strip} removes every {@code *-Digest} attribute
 * of the named sections and drops the sections left with nothing but their name.
 */
final class ManifestDigests {
    private ManifestDigests() {
    }

    /** The manifest without per-entry digests, or the same array when it has none. */
    static byte[] strip(byte[] manifest) {
        // One char per byte: lines are split at 72 bytes, sometimes inside a UTF-8 character.
        String text = new String(manifest, StandardCharsets.ISO_8859_1);
        List<List<String>> sections = sections(lines(text));
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < sections.size(); i++) {
            List<String> section = sections.get(i);
            if (i == 0) {
                section.forEach(out::append);
                continue;
            }
            List<String> kept = new ArrayList<>();
            boolean attributeKept = false;
            for (List<String> header : headers(section)) {
                String name = headerName(header.get(0));
                if (name.toLowerCase(Locale.ROOT).endsWith("-digest")) {
                    changed = true;
                    continue;
                }
                if (!name.equalsIgnoreCase("Name") && !header.get(0).isBlank()) {
                    attributeKept = true;
                }
                kept.addAll(header);
            }
            if (attributeKept) {
                kept.forEach(out::append);
            } else {
                changed = true;
            }
        }
        return changed ? out.toString().getBytes(StandardCharsets.ISO_8859_1) : manifest;
    }

    /** True when the main section says {@code Multi-Release: true}; false for an unreadable manifest. */
    static boolean isMultiRelease(byte[] manifest) {
        try {
            String value = new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes().getValue("Multi-Release");
            return value != null && value.trim().equalsIgnoreCase("true");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Physical lines, each with its own line terminator (CR LF, LF or CR). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Sections, each ending with the blank line that ends it (the last may have none). */
    private static List<List<String>> sections(List<String> lines) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            current.add(line);
            if (line.isBlank()) {
                sections.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty() || sections.isEmpty()) {
            sections.add(current);
        }
        return sections;
    }

    /** A header is a line and the continuation lines (starting with a space) after it. */
    private static List<List<String>> headers(List<String> section) {
        List<List<String>> headers = new ArrayList<>();
        for (String line : section) {
            if (line.startsWith(" ") && !headers.isEmpty()) {
                headers.get(headers.size() - 1).add(line);
            } else {
                headers.add(new ArrayList<>(List.of(line)));
            }
        }
        return headers;
    }

    private static String headerName(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(0, colon).trim();
    }
}
