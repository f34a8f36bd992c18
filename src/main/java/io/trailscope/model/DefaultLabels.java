package io.trailscope.model;

/** How Looker turns a LookML name into a label when none is written: {@code event_time} → {@code Event Time}. */
public final class DefaultLabels {
    private DefaultLabels() {}

    public static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
