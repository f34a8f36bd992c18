package io.trailscope.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Checks that a parse fails with FILTER_EXPRESSION at an exact column. */
final class FilterAssertions {
    private FilterAssertions() {}

    static TrailException assertFilterError(ThrowingCallable parse, int column, String messagePart) {
        TrailException error = catchThrowableOfType(TrailException.class, parse);
        assertThat(error).as("expected a TrailException").isNotNull();
        assertThat(error.errorCode()).isEqualTo(ErrorCode.FILTER_EXPRESSION);
        assertThat(error.location()).contains(new SourceLocation("filter expression", 1, column));
        assertThat(error.detail()).contains("at column " + column + ":").contains(messagePart);
        return error;
    }
}
