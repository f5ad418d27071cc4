package nl.midoffice.buildchecks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in the text of one file of the repository, references that only work on the machine they were
 * written on: the workspace folder beside a clone, absolute workspace and home paths, and relative paths that
 * climb above the repository root. The patterns spell slashes and dots as character classes, so this file and
 * its tests do not match themselves.
 */
final class OutsideReferences {

    record Finding(String file, int line, String rule, String text) {

        @Override
        public String toString() {
            return file + ":" + line + " (" + rule + ") " + text;
        }
    }

    private record Rule(String name, Pattern pattern) {
    }

    private static final String SHARED = "the workspace's shared folder";
    private static final String HOME = "an absolute home directory";

    /** Not after a word character, dot, tilde or dash: so URL paths (host.nl/work/...) do not count. */
    private static final String PATH_START = "(?<![\\w.~-])";

    private static final List<Rule> RULES = List.of(
            new Rule(SHARED, Pattern.compile("[.][.][/\\\\]shared(?![\\w-])")),
            new Rule(SHARED, Pattern.compile("(?<![\\w-])shared[/\\\\](?:specs|DESIGN[.]md|STYLE[.]md|STACK-NOTES[.]md)")),
            new Rule("an absolute workspace path", Pattern.compile(PATH_START + "[/]work[/]")),
            new Rule(HOME, Pattern.compile(PATH_START + "[/]root[/]")),
            new Rule(HOME, Pattern.compile(PATH_START + "[/](?:home|Users)[/][\\w.-]+[/]")),
            new Rule(HOME, Pattern.compile("(?i)(?<!\\w)[a-z]:[\\\\/]+users[\\\\/]")));

    /**
     * A relative path where it starts (or right after {@code ${project.basedir}/}): one or more "../", perhaps
     * ending in a bare "..". A "../" in the middle of a path (a/../b) is not a start and is left alone.
     */
    private static final Pattern CLIMB = Pattern.compile(
            "(?:(?<![\\w.~/\\\\-])(?:[.][/\\\\])?|[$][{](?:project[.])?basedir[}][/\\\\])"
                    + "((?:[.][.][/\\\\])+(?:[.][.](?![\\w.-]))?)");

    private static final int MAX_EXCERPT = 160;

    private OutsideReferences() {
    }

    /** One finding per offending line, the first rule it breaks. @param file from the root, forward slashes */
    static List<Finding> find(String file, String text) {
        List<Finding> findings = new ArrayList<>();
        int allowed = allowedClimb(file);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String broken = brokenRule(lines[i], allowed);
            if (broken != null) {
                findings.add(new Finding(file, i + 1, broken, excerpt(lines[i])));
            }
        }
        return findings;
    }

    private static String brokenRule(String line, int allowed) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(line).find()) {
                return rule.name();
            }
        }
        Matcher climb = CLIMB.matcher(line);
        while (climb.find()) {
            int levels = levels(climb.group(1));
            if (levels > allowed) {
                return "climbs " + levels + " levels up, above the repository root (" + allowed + " from here)";
            }
        }
        return null;
    }

    /**
     * How many levels a relative path in this file may climb and stay inside the repository. Paths in a
     * module's sources are resolved from the module (the working directory of its build and tests), so there
     * the module's depth counts; workflows run from the root; anything else resolves from its own folder.
     */
    static int allowedClimb(String file) {
        List<String> parts = List.of(file.split("/"));
        if (parts.get(0).equals(".github")) {
            return 0;
        }
        int src = parts.indexOf("src");
        return src >= 0 ? src : parts.size() - 1;
    }

    private static int levels(String climb) {
        int levels = 0;
        for (int at = climb.indexOf(".."); at >= 0; at = climb.indexOf("..", at + 2)) {
            levels++;
        }
        return levels;
    }

    private static String excerpt(String line) {
        String stripped = line.strip();
        return stripped.length() <= MAX_EXCERPT ? stripped : stripped.substring(0, MAX_EXCERPT) + "...";
    }
}
