package io.trailscope.lookml.dashboard;

import static io.trailscope.error.ErrorCode.DASHBOARD_SYNTAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import org.junit.jupiter.api.Test;

final class TestDashboardSyntaxErrors {
    private static final String FILE = "dashboards/bad.dashboard.lookml";

    @Test
    void badIndentationPointsAtTheOffendingColon() {
        TrailException error = parseError("- dashboard: x\n  title: X\n   layout: newspaper\n");
        assertThat(error.errorCode()).isEqualTo(DASHBOARD_SYNTAX);
        assertThat(error.location()).contains(new SourceLocation(FILE, 3, 10));
        assertThat(error.getMessage()).isEqualTo("""
                dashboards/bad.dashboard.lookml:3:10: invalid YAML: mapping values are not allowed here
                   layout: newspaper
                         ^""");
    }

    @Test
    void dedentedSequencePointsAtTheDash() {
        assertError("- dashboard: x\n  title: X\n - dashboard: y\n", 3, 2, "invalid YAML: expected <block end>, but "
                + "found '<block sequence start>' (while parsing a block collection at line 1, column 1)");
    }

    @Test
    void unclosedQuotesAndBracketsPointWhereTheyOpen() {
        assertError("- dashboard: x\n  title: \"X\n", 2, 10,
                "invalid YAML: while scanning a quoted scalar starting here: found unexpected end of stream");
        assertError("- dashboard: x\n  elements: [a, b\n", 2, 13,
                "invalid YAML: while parsing a flow sequence starting here: expected ',' or ']', but got <stream end>");
    }

    @Test
    void tabsAndPlainValuesAreRejected() {
        assertError("- dashboard: x\n\ttitle: X\n", 2, 1, "invalid YAML: found character '\\t(TAB)' that cannot start "
                + "any token. (Do not use \\t(TAB) for indentation)");
        assertError("just text", 1, 1, "expected a list of dashboards ('- dashboard: name'), found a plain value");
        assertError("- dashboard: x\n- 42\n", 2, 3, "expected a dashboard ('- dashboard: name'), found a plain value");
    }

    @Test
    void deepNestingIsCappedWithALocation() {
        assertError("[".repeat(200_000), 1, 1001, "invalid YAML: Document nesting depth (1001) exceeds the maximum "
                + "allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)");
    }

    private static void assertError(String text, int line, int column, String message) {
        TrailException error = parseError(text);
        assertThat(error.errorCode()).isEqualTo(DASHBOARD_SYNTAX);
        assertThat(error.location()).contains(new SourceLocation(FILE, line, column));
        assertThat(error.getMessage().lines().findFirst()).contains(FILE + ":" + line + ":" + column + ": " + message);
    }

    private static TrailException parseError(String text) {
        TrailException error = catchThrowableOfType(TrailException.class, () -> DashboardParser.parse(FILE, text));
        assertThat(error).as("expected an error for: %s", text).isNotNull();
        return error;
    }
}
