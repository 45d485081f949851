package dev.migrate.maven;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the plugin's declaration to a pom's text, touching nothing else: every other byte, comment and indent of
 * the file stays as it was. Works on the text rather than a parsed model because a model rewrite would reformat
 * the user's pom.
 */
final class PomEditor {
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<\\?.*?\\?>|<!.*?>" + "|<(/?)([A-Za-z_][\\w.:-]*)[^>]*?(/?)>",
            Pattern.DOTALL);

    private PomEditor() {}

    /** Whether /project/build/plugins declares an artifact with this id. */
    static boolean declares(String pom, String artifactId) {
        Location plugins = find(pom, "project/build/plugins");
        return plugins != null
                && !plugins.selfClosed()
                && pom.substring(plugins.start, plugins.end).contains("<artifactId>" + artifactId + "</artifactId>");
    }

    /** The pom with {@code pluginXml} (a {@code <plugin>} element, unindented) added to /project/build/plugins. */
    static String addPlugin(String pom, String pluginXml) {
        String unit = indentUnit(pom);
        String plugin = indent(pluginXml, unit, 3);
        String plugins = "<plugins>\n" + plugin + unit.repeat(2) + "</plugins>";
        Location existing = find(pom, "project/build/plugins");
        if (existing != null) {
            return existing.selfClosed()
                    ? existing.replaceTag(pom, plugins)
                    : insertBefore(pom, existing.end, plugin, unit, 2);
        }
        Location build = find(pom, "project/build");
        if (build != null) {
            return build.selfClosed()
                    ? build.replaceTag(pom, "<build>\n" + unit.repeat(2) + plugins + "\n" + unit + "</build>")
                    : insertBefore(pom, build.end, unit.repeat(2) + plugins + "\n", unit, 1);
        }
        Location project = find(pom, "project");
        if (project == null || project.selfClosed()) {
            throw new IllegalArgumentException("no <project> element");
        }
        String block = unit + "<build>\n" + unit.repeat(2) + plugins + "\n" + unit + "</build>\n";
        return insertBefore(pom, project.end, block, unit, 0);
    }

    /** Inserts {@code block} on its own lines just before the end tag at {@code endTag}. */
    private static String insertBefore(String pom, int endTag, String block, String unit, int depth) {
        int lineStart = pom.lastIndexOf('\n', endTag - 1) + 1;
        boolean endTagAlone = pom.substring(lineStart, endTag).isBlank();
        if (endTagAlone) {
            return pom.substring(0, lineStart) + block + pom.substring(lineStart);
        }
        return pom.substring(0, endTag) + "\n" + block + unit.repeat(depth) + pom.substring(endTag);
    }

    private static String indent(String xml, String unit, int depth) {
        StringBuilder out = new StringBuilder();
        for (String line : xml.strip().split("\n")) {
            int level = 0;
            String rest = line;
            while (rest.startsWith("  ")) {
                level++;
                rest = rest.substring(2);
            }
            out.append(unit.repeat(depth + level)).append(rest).append('\n');
        }
        return out.toString();
    }

    /** The indent of the first nested element, "  " if the file gives no clue. */
    private static String indentUnit(String pom) {
        Matcher m = Pattern.compile("\n([ \t]+)<(?!!)").matcher(pom);
        return m.find() ? m.group(1) : "  ";
    }

    /**
     * Where an element's start tag begins and where its end tag begins; for a self-closed element (an empty
     * {@code <plugins/>}, which must be replaced rather than joined by a second one) end is -1 and tagEnd where
     * the tag ends.
     */
    private record Location(int start, int end, int tagEnd) {
        boolean selfClosed() {
            return end < 0;
        }

        String replaceTag(String pom, String element) {
            return pom.substring(0, start) + element + pom.substring(tagEnd);
        }
    }

    /** The element at {@code path}, or null. */
    private static Location find(String pom, String path) {
        Deque<String> stack = new ArrayDeque<>();
        Deque<Integer> starts = new ArrayDeque<>();
        Matcher m = TAG.matcher(pom);
        while (m.find()) {
            if (m.group(2) == null) {
                continue;
            }
            String name = m.group(2);
            if (m.group(1).isEmpty()) {
                stack.addLast(name);
                starts.addLast(m.start());
                if (!m.group(3).isEmpty()) {
                    if (String.join("/", stack).equals(path)) {
                        return new Location(m.start(), -1, m.end());
                    }
                    stack.removeLast();
                    starts.removeLast();
                }
            } else {
                boolean match = String.join("/", stack).equals(path);
                int start = starts.isEmpty() ? 0 : starts.removeLast();
                if (!stack.isEmpty()) {
                    stack.removeLast();
                }
                if (match) {
                    return new Location(start, m.start(), m.end());
                }
            }
        }
        return null;
    }
}
