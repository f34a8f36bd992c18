package io.trailscope.lookml.project;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An {@code include:} glob, relative to the project root (a leading {@code /} changes nothing). {@code *} and
 * {@code ?} stay within a folder, {@code **} crosses folders. The legacy extension-less forms work because a pattern
 * also matches with {@code .lkml} or {@code .lookml} appended: {@code "*.view"} finds {@code x.view.lkml},
 * {@code "*.dashboard"} finds {@code x.dashboard.lookml}.
 */
record IncludePattern(String text, List<Pattern> regexes) {
    IncludePattern {
        requireNonNull(text, "text is null");
        regexes = List.copyOf(regexes);
    }

    static IncludePattern of(String text) {
        String relative = text.trim();
        while (relative.startsWith("/") || relative.startsWith("./")) {
            relative = relative.substring(relative.startsWith("/") ? 1 : 2);
        }
        return new IncludePattern(text, List.of(compile(relative), compile(relative + ".lkml"),
                compile(relative + ".lookml")));
    }

    /** {@code //other_project/...}: a file of a project dependency. */
    static boolean isDependency(String text) {
        return text.trim().startsWith("//");
    }

    /** Patterns climbing out of the project ({@code ../}) never match. */
    boolean matches(String path) {
        if (text.contains("..")) {
            return false;
        }
        for (Pattern regex : regexes) {
            if (regex.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean folder = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(folder ? "(?:.*/)?" : ".*");
                i += folder ? 3 : 2;
                continue;
            }
            if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if ("\\.[]{}()<>+-=!^$|&,:#~".indexOf(c) >= 0) {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
            i++;
        }
        return Pattern.compile(regex.toString());
    }
}
