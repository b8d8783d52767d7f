package dev.worlds.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which classes a run weaves, as include and exclude patterns over dotted class names.
 *
 * <pre>{@code
 * ClassFilter filter = ClassFilter.of(List.of("com.acme.search.**"), List.of("**.*Test"));
 * filter.matches("com.acme.search.Board");        // true
 * filter.matches("com.acme.search.tree.Node");    // true: ** spans packages
 * filter.matches("com.acme.search.BoardTest");    // false: excluded
 * filter.matches("com.acme.io.Reader");           // false: not included
 * }</pre>
 *
 * <p>In a pattern, {@code *} matches any part of one name segment (never a dot) and a segment that
 * is exactly {@code **} matches any number of segments: {@code com.acme.**} is everything under
 * {@code com.acme}, {@code **.Board} is a class {@code Board} in any package, {@code a.**.b}
 * matches {@code a.b} and {@code a.x.y.b}. A nested class is one segment with its {@code $}:
 * {@code com.acme.Board$*} matches the classes nested in {@code Board}. No includes means
 * everything is included; an exclude wins over an include.
 */
public final class ClassFilter {
    private static final String SYNTAX = "Write class names with dots, where * matches within one"
            + " name segment and ** any number of segments, e.g. com.acme.** or com.acme.*Test.";

    private static final ClassFilter EVERYTHING = new ClassFilter(List.of(), List.of(), List.of(), List.of());

    private final List<String> includes;
    private final List<String> excludes;
    private final List<Pattern> includePatterns;
    private final List<Pattern> excludePatterns;

    private ClassFilter(List<String> includes, List<String> excludes, List<Pattern> includePatterns,
            List<Pattern> excludePatterns) {
        this.includes = includes;
        this.excludes = excludes;
        this.includePatterns = includePatterns;
        this.excludePatterns = excludePatterns;
    }

    /** Matches every class. */
    public static ClassFilter everything() {
        return EVERYTHING;
    }

    /**
     * @param includes patterns of classes to weave; null or empty means every class
     * @param excludes patterns of classes never to weave; null means none
     * @throws IllegalArgumentException when a pattern is malformed; the message names it and says why
     */
    public static ClassFilter of(List<String> includes, List<String> excludes) {
        List<String> in = normalize(includes);
        List<String> out = normalize(excludes);
        return new ClassFilter(in, out, compile(in), compile(out));
    }

    /** True when the dotted class name (e.g. {@code com.acme.Board$Cell}) is included and not excluded. */
    public boolean matches(String className) {
        return (includePatterns.isEmpty() || anyMatches(includePatterns, className))
                && !anyMatches(excludePatterns, className);
    }

    /** Same as {@link #matches} for an internal name such as {@code com/acme/Board}. */
    public boolean matchesInternalName(String internalName) {
        return matches(internalName.replace('/', '.'));
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    @Override
    public String toString() {
        return "ClassFilter[includes=" + includes + ", excludes=" + excludes + "]";
    }

    private static boolean anyMatches(List<Pattern> patterns, String className) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(className).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Trims patterns (Maven list configuration keeps the whitespace around values). */
    private static List<String> normalize(List<String> patterns) {
        List<String> result = new ArrayList<>();
        if (patterns != null) {
            for (String pattern : patterns) {
                result.add(pattern == null ? "" : pattern.trim());
            }
        }
        return List.copyOf(result);
    }

    private static List<Pattern> compile(List<String> patterns) {
        List<Pattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            compiled.add(toRegex(pattern));
        }
        return List.copyOf(compiled);
    }

    static Pattern toRegex(String pattern) {
        check(pattern);
        String[] segments = pattern.split("\\.", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("**")) {
                // Leading or inner "**." spans zero or more whole segments; a trailing ".**"
                // needs at least one, because a class name cannot end with the package's dot.
                regex.append(last ? "[^.]+(?:\\.[^.]+)*" : "(?:[^.]+\\.)*");
                continue;
            }
            regex.append(segmentRegex(segment));
            if (!last) {
                regex.append("\\.");
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String segmentRegex(String segment) {
        StringBuilder regex = new StringBuilder();
        for (char c : segment.toCharArray()) {
            if (c == '*') {
                regex.append("[^.]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static void check(String pattern) {
        if (pattern.isEmpty()) {
            throw malformed(pattern, "it is empty");
        }
        if (pattern.indexOf('/') >= 0 || pattern.indexOf('\\') >= 0) {
            throw malformed(pattern, "it contains a slash; patterns name classes, not files");
        }
        if (pattern.endsWith(".class") || pattern.endsWith(".java")) {
            throw malformed(pattern, "it ends with a file extension; patterns name classes, not files");
        }
        for (String segment : pattern.split("\\.", -1)) {
            if (segment.isEmpty()) {
                throw malformed(pattern, "it has an empty name segment (a leading, trailing or doubled dot)");
            }
            if (segment.contains("**") && !segment.equals("**")) {
                throw malformed(pattern, "** must stand alone between dots, as in com.acme.** or **.Board");
            }
            for (char c : segment.toCharArray()) {
                if (c != '*' && c != '-' && !Character.isJavaIdentifierPart(c)) {
                    throw malformed(pattern, "'" + c + "' cannot appear in a class name");
                }
            }
        }
    }

    private static IllegalArgumentException malformed(String pattern, String why) {
        return new IllegalArgumentException("Malformed class pattern \"" + pattern + "\": " + why + ". " + SYNTAX);
    }
}
