package io.trailscope.web;

/** Looker's default labels: {@code event_time} → {@code Event Time}. */
final class Labels {
    private Labels() {}

    static String titleCase(String name) {
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
