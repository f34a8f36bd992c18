package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

/** {@code FOO}: the value equals this text exactly (escapes already removed; may be empty). */
public record StringEquals(String value) implements StringCondition {
    public StringEquals {
        requireNonNull(value, "value is null");
    }
}
