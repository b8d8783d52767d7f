package dev.worlds.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user documentation (the README, {@code docs/}, {@code CONTRIBUTING.md}, the module READMEs
 * and the charts they show) stays a set of pages a newcomer can walk: every relative link reaches
 * a file and, with a {@code #fragment}, a heading of it; no page names the runtime's internal
 * classes or the planning numbers of issues; the README stays a front door. It lives here because
 * this module draws the charts the pages show; it reads the repository from this module's parent.
 */
class DocumentationTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("(?i)\\bissues? #?\\d+");
    private static final int README_LINES = 200;

    @Test
    void everyRelativeLinkReachesAFileAndItsHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (inCodeBlock(lines, i)) {
                    continue;
                }
                Matcher link = LINK.matcher(lines.get(i));
                while (link.find()) {
                    String problem = problem(page, link.group(1));
                    if (problem != null) {
                        broken.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + link.group(1) + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "broken links: fix the target or the link");
    }

    @Test
    void noPageOrChartNamesAnInternalClass() throws IOException {
        Set<String> internal = internalClassNames();
        assertTrue(internal.size() > 5, "found the runtime's internal classes: " + internal);
        Pattern names = Pattern.compile("\\b(" + String.join("|", internal) + ")\\b");
        List<String> found = new ArrayList<>();
        for (Path page : userPages()) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                // A link's target may be a source file (the weaver's tables): its name is a path, not prose.
                Matcher name = names.matcher(lines.get(i).replaceAll("\\]\\([^)]*\\)", "]()"));
                while (name.find()) {
                    found.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + name.group(1));
                }
            }
        }
        assertEquals(List.of(), found, "user documentation names classes a user cannot use: say what they do instead");
    }

    @Test
    void noPageOrChartNamesAnIssueNumber() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> checked = new ArrayList<>(pages());
        try (Stream<Path> charts = Files.list(ROOT.resolve("benchmarks/charts"))) {
            charts.filter(p -> p.toString().endsWith(".svg")).forEach(checked::add);
        }
        for (Path page : checked) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                Matcher issue = ISSUE_NUMBER.matcher(lines.get(i));
                while (issue.find()) {
                    found.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + issue.group());
                }
            }
        }
        assertEquals(List.of(), found, "say what a goal is, not which issue set it (chart texts come from dev.worlds.bench.report)");
    }

    @Test
    void theReadmeStaysAFrontDoor() throws IOException {
        int lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= README_LINES, "README.md has " + lines + " lines; keep it at most " + README_LINES
                + " (pitch, example, the two commands, the build, one chart, links) and move the rest to docs/");
    }

    /** Every page whose links are checked. */
    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(pages::add);
        }
        return pages;
    }

    /**
     * The pages written for users, and the charts. Left out: CONTRIBUTING.md and the benchmarks'
     * README and generated RESULTS.md, which explain how the engine is measured and may name its parts.
     */
    private static List<Path> userPages() throws IOException {
        List<Path> pages = new ArrayList<>(pages());
        pages.remove(ROOT.resolve("CONTRIBUTING.md"));
        pages.remove(ROOT.resolve("benchmarks/README.md"));
        try (Stream<Path> charts = Files.list(ROOT.resolve("benchmarks/charts"))) {
            charts.filter(p -> p.toString().endsWith(".svg")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /**
     * The runtime's classes a user cannot use: every class of {@code dev.worlds.internal} (and its
 * subpackages) but the
     * {@code Tracked} interface (the contract hand-written state classes implement), and the
     * package-private classes of {@code dev.worlds.collections}.
     */
    private static Set<String> internalClassNames() throws IOException {
        Set<String> names = new HashSet<>();
        Path runtime = ROOT.resolve("runtime/src/main/java/dev/worlds");
        for (Path internalPackage : List.of(runtime.resolve("internal"),
                ROOT.resolve("instrumenter/src/main/java/dev/worlds/instrument/internal"))) {
            try (Stream<Path> internal = Files.walk(internalPackage)) {
                internal.filter(p -> p.toString().endsWith(".java")).map(DocumentationTest::className)
                        .filter(n -> !n.equals("package-info") && !n.equals("Tracked")).forEach(names::add);
            }
        }
        try (Stream<Path> collections = Files.list(runtime.resolve("collections"))) {
            for (Path file : (Iterable<Path>) collections::iterator) {
                String name = className(file);
                Pattern publicType = Pattern.compile("(?m)^public\\s+(\\w+\\s+)*(class|interface|enum|record)\\s+" + name + "\\b");
                if (!name.equals("package-info") && !publicType.matcher(Files.readString(file)).find()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String className(Path file) {
        return file.getFileName().toString().replaceFirst("\\.java$", "");
    }

    /** Null when the link resolves, else what is wrong with it. */
    private static String problem(Path page, String target) throws IOException {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;  // http:, https:, mailto: are not checked here
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
            return "no such file " + ROOT.relativize(resolved.normalize());
        }
        if (hash >= 0) {
            String fragment = target.substring(hash + 1);
            if (!Files.isRegularFile(resolved) || !resolved.toString().endsWith(".md")) {
                return "a fragment of a file that is not markdown";
            }
            if (!anchors(resolved).contains(fragment)) {
                return "no heading '" + fragment + "' in " + ROOT.relativize(resolved) + " (anchors: " + anchors(resolved) + ")";
            }
        }
        return null;
    }

    /** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        List<String> lines = Files.readAllLines(page);
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            if (!inCodeBlock(lines, i) && heading.matches()) {
                String anchor = heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = anchor;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = anchor + "-" + n;
                }
            }
        }
        return anchors;
    }

    /** True when line {@code index} is inside a fenced code block (or is one of its fences). */
    private static boolean inCodeBlock(List<String> lines, int index) {
        boolean inside = false;
        for (int i = 0; i <= index; i++) {
            if (lines.get(i).strip().startsWith("```")) {
                if (i == index) {
                    return true;
                }
                inside = !inside;
            }
        }
        return inside;
    }
}
