package io.trailscope.query.filter;

import static io.trailscope.query.filter.FilterAssertions.assertFilterError;
import static io.trailscope.query.filter.StringTerm.is;
import static io.trailscope.query.filter.StringTerm.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TestStringFilterParser {
    private static List<StringTerm> parse(String expression) {
        return StringFilterParser.parse(expression).orElseThrow().terms();
    }

    private static StringEquals eq(String value) {
        return new StringEquals(value);
    }

    private static StringLike like(String pattern) {
        return StringLike.of(pattern);
    }

    @Test
    void equalityAndLists() {
        assertThat(parse("FOO")).containsExactly(is(eq("FOO")));
        assertThat(parse("FOO,BAR")).containsExactly(is(eq("FOO")), is(eq("BAR")));
        assertThat(parse("  FOO ,\tBAR  ")).containsExactly(is(eq("FOO")), is(eq("BAR")));
        assertThat(parse("ConsoleLogin")).containsExactly(is(eq("ConsoleLogin")));
        assertThat(parse("two words")).containsExactly(is(eq("two words")));
    }

    @Test
    void wildcardsBecomeLikePatterns() {
        assertThat(parse("%FOO%")).containsExactly(is(like("%FOO%")));
        assertThat(parse("FOO%")).containsExactly(is(like("FOO%")));
        assertThat(parse("%FOO")).containsExactly(is(like("%FOO")));
        assertThat(parse("F%OD")).containsExactly(is(like("F%OD")));
        assertThat(parse("_UF")).containsExactly(is(like("_UF")));
        assertThat(parse("%StopInstance%,%StartInstance%,%RunInstance%,%TerminateInstance%")).containsExactly(
                is(like("%StopInstance%")), is(like("%StartInstance%")),
                is(like("%RunInstance%")), is(like("%TerminateInstance%")));
        assertThat(parse("%eni-%")).containsExactly(is(like("%eni-%")));
        assertThat(like("%a%").escape()).isEqualTo('\\');
    }

    @Test
    void negation() {
        assertThat(parse("-FOO")).containsExactly(not(eq("FOO")));
        assertThat(parse("-%FOO%")).containsExactly(not(like("%FOO%")));
        assertThat(parse("-FOO%")).containsExactly(not(like("FOO%")));
        assertThat(parse("-%FOO")).containsExactly(not(like("%FOO")));
        assertThat(parse("- FOO")).containsExactly(not(eq("FOO")));
        assertThat(parse("FOO-BAR")).containsExactly(is(eq("FOO-BAR")));
    }

    @Test
    void positivesAreOredAndNegativesAnded() {
        StringFilter filter = StringFilterParser.parse("FOO%,-FOOD,BAR,-BARN").orElseThrow();
        assertThat(filter.included()).containsExactly(like("FOO%"), eq("BAR"));
        assertThat(filter.excluded()).containsExactly(eq("FOOD"), eq("BARN"));
        StringFilter onlyNegatives = StringFilterParser.parse("-FOO,-BAR").orElseThrow();
        assertThat(onlyNegatives.included()).isEmpty();
        assertThat(onlyNegatives.excluded()).containsExactly(eq("FOO"), eq("BAR"));
        assertThat(filter.kind()).isEqualTo(FilterKind.STRING);
    }

    @Test
    void keywords() {
        assertThat(parse("NULL")).containsExactly(is(new IsNull()));
        assertThat(parse("null")).containsExactly(is(new IsNull()));
        assertThat(parse("-NULL")).containsExactly(not(new IsNull()));
        assertThat(parse("EMPTY")).containsExactly(is(new IsEmpty()));
        assertThat(parse("empty")).containsExactly(is(new IsEmpty()));
        assertThat(parse("-EMPTY")).containsExactly(not(new IsEmpty()));
        assertThat(parse("Null")).containsExactly(is(eq("Null")));
        assertThat(parse("NULLS")).containsExactly(is(eq("NULLS")));
        assertThat(parse("NULL,FOO")).containsExactly(is(new IsNull()), is(eq("FOO")));
    }

    @Test
    void caretEscapes() {
        assertThat(parse("a^,b")).containsExactly(is(eq("a,b")));
        assertThat(parse("100^%")).containsExactly(is(eq("100%")));
        assertThat(parse("snake^_case")).containsExactly(is(eq("snake_case")));
        assertThat(parse("^^")).containsExactly(is(eq("^")));
        assertThat(parse("^-FOO")).containsExactly(is(eq("-FOO")));
        assertThat(parse("-^-FOO")).containsExactly(not(eq("-FOO")));
        assertThat(parse("^NULL")).containsExactly(is(eq("NULL")));
        assertThat(parse("^EMPTY")).containsExactly(is(eq("EMPTY")));
        assertThat(parse("FOO^ ")).containsExactly(is(eq("FOO ")));
        assertThat(parse("^ FOO")).containsExactly(is(eq(" FOO")));
        assertThat(parse("say ^\"hi^\"")).containsExactly(is(eq("say \"hi\"")));
    }

    @Test
    void literalWildcardCharactersAreEscapedInsidePatterns() {
        assertThat(parse("50^%%")).containsExactly(is(like("50\\%%")));
        assertThat(parse("%^_id")).containsExactly(is(like("%\\_id")));
        assertThat(parse("%C:\\temp%")).containsExactly(is(like("%C:\\\\temp%")));
        assertThat(parse("%a^,b%")).containsExactly(is(like("%a,b%")));
        assertThat(parse("C:\\temp")).containsExactly(is(eq("C:\\temp")));
    }

    @Test
    void quotedTermsAreLiteral() {
        assertThat(parse("\"FOO,BAR%\"")).containsExactly(is(eq("FOO,BAR%")));
        assertThat(parse("\"NULL\"")).containsExactly(is(eq("NULL")));
        assertThat(parse("-\"-x_\"")).containsExactly(not(eq("-x_")));
        assertThat(parse(" \"a^\"b\" , c")).containsExactly(is(eq("a\"b")), is(eq("c")));
        assertThat(parse("\"\"")).containsExactly(is(eq("")));
        assertThat(parse("a\"b")).containsExactly(is(eq("a\"b")));
    }

    @Test
    void hostileInputStaysData() {
        assertThat(parse("'; DROP TABLE x; --")).containsExactly(is(eq("'; DROP TABLE x; --")));
        assertThat(parse("%' OR 1=1 --")).containsExactly(is(like("%' OR 1=1 --")));
        assertThat(parse("x' OR 'a'='a")).containsExactly(is(eq("x' OR 'a'='a")));
        assertThat(parse("\u0000\u202e")).containsExactly(is(eq("\u0000\u202e")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankMeansNoCondition(String expression) {
        assertThat(StringFilterParser.parse(expression)).isEmpty();
        assertThat(FilterExpressions.parse(expression, FilterKind.STRING)).isEmpty();
    }

    @Test
    void errorsNameTheColumn() {
        assertFilterError(() -> StringFilterParser.parse("FOO,"), 5, "expected a value, found end of expression");
        assertFilterError(() -> StringFilterParser.parse(",FOO"), 1, "expected a value, found ','");
        assertFilterError(() -> StringFilterParser.parse("FOO, ,BAR"), 6, "expected a value");
        assertFilterError(() -> StringFilterParser.parse("-"), 2, "expected a value after '-'");
        assertFilterError(() -> StringFilterParser.parse("FOO,- ,X"), 7, "expected a value after '-'");
        assertFilterError(() -> StringFilterParser.parse("abc^"), 4, "after the escape character");
        assertFilterError(() -> StringFilterParser.parse("x,\"abc"), 3, "closing '\"'");
        assertFilterError(() -> StringFilterParser.parse("\"abc\"x"), 6, "after a quoted value, found 'x'");
    }

    @Test
    void tooLongInputIsRefusedAndLongValidInputIsFast() {
        assertFilterError(() -> StringFilterParser.parse("a".repeat(10_001)), 10_001, "at most 10000 characters");
        String many = "%a%,".repeat(2_499) + "%a%";
        assertThat(parse(many)).hasSize(2_500);
        assertThat(parse("^%".repeat(5_000))).containsExactly(is(eq("%".repeat(5_000))));
    }
}
