package io.trailscope.query.filter;

/** {@code yes} or {@code no} on a yesno field. */
public record YesNoFilter(boolean value) implements FilterExpression {
    @Override
    public FilterKind kind() {
        return FilterKind.YESNO;
    }
}
