package io.trailscope.query;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;

/**
 * One sort: a field and a direction. {@link #parse} reads Looker's {@code "view.field [asc|desc] [N]"}; the trailing
 * number (a pivot column index in Looker) is accepted and ignored.
 */
public record SortSpec(String field, boolean descending) {
    public SortSpec {
        requireNonNull(field, "field is null");
    }

    public static SortSpec parse(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > 3) {
            throw invalid(text);
        }
        boolean descending = false;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (word.equalsIgnoreCase("desc")) {
                descending = true;
            } else if (!word.equalsIgnoreCase("asc") && !word.matches("\\d{1,4}")) {
                throw invalid(text);
            }
        }
        return new SortSpec(words[0], descending);
    }

    private static TrailException invalid(String text) {
        return new TrailException(ErrorCode.QUERY_INVALID, "cannot read sort '" + text
                + "': expected 'view.field', 'view.field asc' or 'view.field desc'");
    }
}
