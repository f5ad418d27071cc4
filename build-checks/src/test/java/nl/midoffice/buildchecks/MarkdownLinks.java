package nl.midoffice.buildchecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative links in Markdown that lead nowhere in the repository: to a file that is not in it (not tracked, or
 * only on the machine it was written on), or above its root. Links with a scheme (https:, mailto:) and links to
 * an anchor of the same page are not checked, nor is anything inside a fenced code block.
 */
final class MarkdownLinks {

    private static final Pattern LINK = Pattern.compile("\\]\\(<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Set<String> paths = new HashSet<>();

    /** @param files the repository's files, from its root, with forward slashes */
    MarkdownLinks(List<String> files) {
        for (String file : files) {
            for (Path path = Path.of(file); path != null; path = path.getParent()) {
                paths.add(path.toString().replace('\\', '/'));
            }
        }
    }

    /** "line: target" for each link of this Markdown file that leads nowhere. */
    List<String> broken(String file, String text) {
        List<String> broken = new ArrayList<>();
        Path folder = Path.of(file).getParent();
        boolean inCode = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            Matcher link = LINK.matcher(lines[i]);
            while (!inCode && link.find()) {
                String target = link.group(1).replaceFirst("#.*", "");
                if (target.isEmpty() || SCHEME.matcher(target).matches()) {
                    continue;
                }
                Path resolved = (folder == null ? Path.of(target) : folder.resolve(target)).normalize();
                String normalised = resolved.toString().replace('\\', '/');
                if (normalised.startsWith("..") || !(normalised.isEmpty() || paths.contains(normalised))) {
                    broken.add((i + 1) + ": " + link.group(1));
                }
            }
        }
        return broken;
    }
}
