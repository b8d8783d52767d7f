package dev.worlds.instrument;

import java.util.Locale;

/**
 * What the name of a jar entry says: whether it is safe to write under an output directory,
 * whether it is a class, a versioned class of a multi-release jar, the manifest or part of a
 * signature. Names are compared as {@link java.util.jar.JarFile} compares them: {@code META-INF}
 * names ignore case.
 */
final class JarEntryNames {
    static final String MANIFEST = "META-INF/MANIFEST.MF";
    private static final String META_INF = "META-INF/";
    private static final String VERSIONS = "META-INF/versions/";
    private static final String CLASS_SUFFIX = ".class";

    private JarEntryNames() {
    }

    /**
     * Why writing an entry of this name under a directory would land outside it (or fail on some
     * system), or null when the name is safe: a jar is input, and a crafted one may try to
     * overwrite other files ("zip slip").
     */
    static String unsafe(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        if (name.indexOf('\\') >= 0) {
            return "it contains a backslash, which Windows reads as a directory separator";
        }
        if (name.startsWith("/")) {
            return "it is an absolute path";
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return "it starts with a drive letter";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "a '..' segment climbs out of the directory it is written to";
            }
        }
        return null;
    }

    static boolean isManifest(String name) {
        return name.equalsIgnoreCase(MANIFEST);
    }

    /**
     * A signature file of a signed jar: {@code META-INF/*.SF}, {@code *.RSA}, {@code *.DSA},
     * {@code *.EC} or {@code SIG-*}, directly in {@code META-INF} (the JAR File Specification,
     * "Signed JAR File").
     */
    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith(META_INF) || upper.indexOf('/', META_INF.length()) >= 0) {
            return false;
        }
        String file = upper.substring(META_INF.length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }

    /**
     * The Java version of a versioned class entry ({@code META-INF/versions/11/com/acme/A.class}
     * is 11), or 0 for every other name. A version below 9 or a non-number is not a version
     * ({@link java.util.jar.JarFile} ignores such directories).
     */
    static int version(String name) {
        if (!name.regionMatches(true, 0, VERSIONS, 0, VERSIONS.length())) {
            return 0;
        }
        int slash = name.indexOf('/', VERSIONS.length());
        if (slash < 0) {
            return 0;
        }
        try {
            int version = Integer.parseInt(name.substring(VERSIONS.length(), slash));
            return version >= 9 ? version : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The internal name of the class an entry holds ({@code com/acme/Board} for
     * {@code com/acme/Board.class}), or null when the entry is not a class the JVM would load from
     * the jar: a directory, a resource, anything else under {@code META-INF/}, and versioned
     * classes unless the jar is multi-release.
     */
    static String internalName(String name, boolean multiRelease) {
        if (!name.endsWith(CLASS_SUFFIX) || name.length() == CLASS_SUFFIX.length()) {
            return null;
        }
        String path = name;
        int version = version(name);
        if (version > 0) {
            if (!multiRelease) {
                return null;
            }
            path = name.substring(name.indexOf('/', VERSIONS.length()) + 1);
        } else if (name.regionMatches(true, 0, META_INF, 0, META_INF.length())) {
            return null;
        }
        return path.substring(0, path.length() - CLASS_SUFFIX.length());
    }
}
