package io.trailscope.query.filter;

import static io.trailscope.query.filter.ComparisonOperator.GREATER_OR_EQUAL;
import static io.trailscope.query.filter.ComparisonOperator.GREATER_THAN;
import static io.trailscope.query.filter.ComparisonOperator.LESS_OR_EQUAL;
import static io.trailscope.query.filter.ComparisonOperator.LESS_THAN;
import static io.trailscope.query.filter.FilterAssertions.assertFilterError;
import static io.trailscope.query.filter.NumberTerm.is;
import static io.trailscope.query.filter.NumberTerm.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TestNumberFilterParser {
    private static List<NumberTerm> parse(String expression) {
        return NumberFilterParser.parse(expression).orElseThrow().terms();
    }

    private static BigDecimal n(String text) {
        return new BigDecimal(text);
    }

    private static NumberEquals eq(String value) {
        return new NumberEquals(n(value));
    }

    private static NumberComparison cmp(ComparisonOperator operator, String value) {
        return new NumberComparison(operator, n(value));
    }

    private static NumberRange range(String low, boolean lowInclusive, String high, boolean highInclusive) {
        return new NumberRange(n(low), lowInclusive, n(high), highInclusive);
    }

    @Test
    void valuesAndNegations() {
        assertThat(parse("5")).containsExactly(is(eq("5")));
        assertThat(parse("-5")).containsExactly(is(eq("-5")));
        assertThat(parse("NOT 5")).containsExactly(not(eq("5")));
        assertThat(parse("not 5")).containsExactly(not(eq("5")));
        assertThat(parse("<>5")).containsExactly(not(eq("5")));
        assertThat(parse("!=5")).containsExactly(not(eq("5")));
        assertThat(parse("!= -5")).containsExactly(not(eq("-5")));
        assertThat(parse("1, 3, 5, 7")).containsExactly(is(eq("1")), is(eq("3")), is(eq("5")), is(eq("7")));
        assertThat(parse("1.5e3,.5,0.25,2E-2")).containsExactly(
                is(eq("1.5e3")), is(eq(".5")), is(eq("0.25")), is(eq("2E-2")));
    }

    @Test
    void aLeadingNotAloneNegatesEveryTerm() {
        assertThat(parse("NOT 66, 99, 4")).containsExactly(not(eq("66")), not(eq("99")), not(eq("4")));
        assertThat(parse("NOT >1, 2, <100"))
                .containsExactly(not(cmp(GREATER_THAN, "1")), not(eq("2")), not(cmp(LESS_THAN, "100")));
        assertThat(parse("5, NOT 6, NOT 7")).containsExactly(is(eq("5")), not(eq("6")), not(eq("7")));
        assertThat(parse(">1 AND <100, NOT 2")).containsExactly(is(range("1", false, "100", false)), not(eq("2")));
        NumberFilter filter = NumberFilterParser.parse("5, NOT 6, NOT 7").orElseThrow();
        assertThat(filter.included()).containsExactly(eq("5"));
        assertThat(filter.excluded()).containsExactly(eq("6"), eq("7"));
    }

    @Test
    void comparisonsAndRanges() {
        assertThat(parse(">0")).containsExactly(is(cmp(GREATER_THAN, "0")));
        assertThat(parse(">= 5")).containsExactly(is(cmp(GREATER_OR_EQUAL, "5")));
        assertThat(parse("<1")).containsExactly(is(cmp(LESS_THAN, "1")));
        assertThat(parse("<=10")).containsExactly(is(cmp(LESS_OR_EQUAL, "10")));
        assertThat(parse("5.5 to 10")).containsExactly(is(NumberRange.closed(n("5.5"), n("10"))));
        assertThat(parse("5.5  TO  10")).containsExactly(is(NumberRange.closed(n("5.5"), n("10"))));
        assertThat(parse(">=5.5 AND <=10")).containsExactly(is(range("5.5", true, "10", true)));
        assertThat(parse("<10 and >5")).containsExactly(is(range("5", false, "10", false)));
        assertThat(parse("NOT 3 to 80.44")).containsExactly(not(NumberRange.closed(n("3"), n("80.44"))));
        assertThat(parse("<3 OR >80.44")).containsExactly(is(cmp(LESS_THAN, "3")), is(cmp(GREATER_THAN, "80.44")));
        assertThat(parse("1 to")).containsExactly(is(cmp(GREATER_OR_EQUAL, "1")));
        assertThat(parse("to 10")).containsExactly(is(cmp(LESS_OR_EQUAL, "10")));
        assertThat(parse(">10 AND <=20 OR 90")).containsExactly(is(range("10", false, "20", true)), is(eq("90")));
        assertThat(parse(">=50 AND <=100 OR >=500 AND <=1000"))
                .containsExactly(is(range("50", true, "100", true)), is(range("500", true, "1000", true)));
    }

    @Test
    void intervalNotation() {
        assertThat(parse("(1, 7)")).containsExactly(is(range("1", false, "7", false)));
        assertThat(parse("[5, 90]")).containsExactly(is(range("5", true, "90", true)));
        assertThat(parse("(12, 20]")).containsExactly(is(range("12", false, "20", true)));
        assertThat(parse("[12, 20)")).containsExactly(is(range("12", true, "20", false)));
        assertThat(parse("(500, inf)")).containsExactly(is(cmp(GREATER_THAN, "500")));
        assertThat(parse("[500,)")).containsExactly(is(cmp(GREATER_OR_EQUAL, "500")));
        assertThat(parse("(-inf, 10]")).containsExactly(is(cmp(LESS_OR_EQUAL, "10")));
        assertThat(parse("(,10)")).containsExactly(is(cmp(LESS_THAN, "10")));
        assertThat(parse("[0,9],[20,29]")).containsExactly(is(range("0", true, "9", true)), is(range("20", true, "29", true)));
        assertThat(parse("[0,10],20")).containsExactly(is(range("0", true, "10", true)), is(eq("20")));
        assertThat(parse("NOT (3,12)")).containsExactly(not(range("3", false, "12", false)));
        assertThat(parse("NOT(3,12)")).containsExactly(not(range("3", false, "12", false)));
        assertThat(parse("[-5.5,-1]")).containsExactly(is(range("-5.5", true, "-1", true)));
    }

    @Test
    void nulls() {
        assertThat(parse("NULL")).containsExactly(is(new IsNull()));
        assertThat(parse("NOT NULL")).containsExactly(not(new IsNull()));
        assertThat(parse("not null")).containsExactly(not(new IsNull()));
        assertThat(parse("NULL, 5")).containsExactly(is(new IsNull()), is(eq("5")));
    }

    @Test
    void errorsNameTheColumn() {
        assertFilterError(() -> NumberFilterParser.parse("abc"), 1, "expected a number, a comparison, a range or NULL, found 'abc'");
        assertFilterError(() -> NumberFilterParser.parse("5 6"), 3, "expected ',', OR or end of expression, found '6'");
        assertFilterError(() -> NumberFilterParser.parse(">"), 2, "expected a number, found end of expression");
        assertFilterError(() -> NumberFilterParser.parse(">5 AND >7"), 8, "other direction than >");
        assertFilterError(() -> NumberFilterParser.parse(">5 AND 7"), 8, "expected a comparison such as <10");
        assertFilterError(() -> NumberFilterParser.parse("(,)"), 1, "at least one finite bound");
        assertFilterError(() -> NumberFilterParser.parse("[5,10"), 6, "expected ')' or ']'");
        assertFilterError(() -> NumberFilterParser.parse("[5 10]"), 4, "expected ','");
        assertFilterError(() -> NumberFilterParser.parse("1e99999999999"), 1, "out of range");
        assertFilterError(() -> NumberFilterParser.parse("2, 1e-5000"), 4, "out of range");
        assertFilterError(() -> NumberFilterParser.parse("NOT"), 4, "found end of expression");
        assertFilterError(() -> NumberFilterParser.parse("NOT NOT 5"), 5, "found 'NOT'");
        assertFilterError(() -> NumberFilterParser.parse("5,"), 3, "found end of expression");
        assertFilterError(() -> NumberFilterParser.parse("to"), 3, "expected a number");
        assertFilterError(() -> NumberFilterParser.parse("- 5"), 1, "found '-'");
        assertFilterError(() -> NumberFilterParser.parse("0x10"), 2, "found 'x10'");
    }

    @Test
    void hostileInputIsRejected() {
        assertFilterError(() -> NumberFilterParser.parse("1; DROP TABLE x"), 2, "found ';'");
        assertFilterError(() -> NumberFilterParser.parse("1 OR 1=1"), 7, "found '='");
        assertFilterError(() -> NumberFilterParser.parse("%' OR 1=1 --"), 1, "found '%'");
        assertFilterError(() -> NumberFilterParser.parse("1".repeat(10_001)), 10_001, "at most");
    }

    @Test
    void blankMeansNoCondition() {
        assertThat(NumberFilterParser.parse("  ")).isEmpty();
        assertThat(FilterExpressions.parse("", FilterKind.NUMBER)).isEmpty();
        assertThat(FilterExpressions.parse(">1", FilterKind.NUMBER))
                .contains(new NumberFilter(List.of(is(cmp(GREATER_THAN, "1")))));
    }
}
