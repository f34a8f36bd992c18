package io.trailscope.query.filter;

import static io.trailscope.query.filter.FilterAssertions.assertFilterError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TestYesNoFilterParser {
    @Test
    void yesAndNoInAnyCase() {
        assertThat(YesNoFilterParser.parse("yes")).contains(new YesNoFilter(true));
        assertThat(YesNoFilterParser.parse("Yes")).contains(new YesNoFilter(true));
        assertThat(YesNoFilterParser.parse(" YES ")).contains(new YesNoFilter(true));
        assertThat(YesNoFilterParser.parse("no")).contains(new YesNoFilter(false));
        assertThat(YesNoFilterParser.parse("No")).contains(new YesNoFilter(false));
        assertThat(YesNoFilterParser.parse("")).isEmpty();
        assertThat(FilterExpressions.parse("No", FilterKind.YESNO)).contains(new YesNoFilter(false));
    }

    @Test
    void anythingElseIsAnError() {
        assertFilterError(() -> YesNoFilterParser.parse("true"), 1, "expected yes or no, found 'true'");
        assertFilterError(() -> YesNoFilterParser.parse("  maybe"), 3, "found 'maybe'");
        assertFilterError(() -> YesNoFilterParser.parse("yes,no"), 1, "found 'yes,no'");
        assertFilterError(() -> YesNoFilterParser.parse("NULL"), 1, "found 'NULL'");
        assertFilterError(() -> YesNoFilterParser.parse("yes' OR '1'='1"), 1, "expected yes or no");
    }
}
