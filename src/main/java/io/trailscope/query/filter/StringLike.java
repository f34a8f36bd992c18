package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

/**
 * {@code %FOO%}, {@code FOO%}, {@code F_O}: a SQL LIKE pattern, to be bound as a parameter with
 * {@code ESCAPE '\'}. Wildcards typed by the user stay {@code %} and {@code _}; literal {@code %}, {@code _}
 * and {@code \} are preceded by {@link #ESCAPE}, so the pattern never needs further quoting.
 */
public record StringLike(String pattern, char escape) implements StringCondition {
    public static final char ESCAPE = '\\';

    public StringLike {
        requireNonNull(pattern, "pattern is null");
    }

    public static StringLike of(String pattern) {
        return new StringLike(pattern, ESCAPE);
    }
}
