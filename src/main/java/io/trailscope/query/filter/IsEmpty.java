package io.trailscope.query.filter;

/** {@code EMPTY}: the value is NULL or the empty string. */
public record IsEmpty() implements StringCondition {
}
