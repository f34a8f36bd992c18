package io.trailscope.query.filter;

/** {@code NULL}: the value is SQL NULL. Shared by the string, number and date grammars. */
public record IsNull() implements StringCondition, NumberCondition, DateTerm {
}
