package io.trailscope.lookml.parse;

import static io.trailscope.error.ErrorCode.LOOKML_SYNTAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import org.junit.jupiter.api.Test;

final class TestLookmlSyntaxErrors {
    @Test
    void unclosedBracePointsAtTheOpeningBrace() {
        assertError("view: v {\n  dimension: d {\n    sql: x ;;\n  }\n", 1, 9,
                "'{' is never closed: expected '}' before end of file");
    }

    @Test
    void unterminatedStringPointsAtTheOpeningQuote() {
        assertError("view: v {\n  label: \"abc\n}\n", 2, 10, "unterminated string: no closing '\"'");
    }

    @Test
    void unterminatedSqlBlockPointsAtItsKey() {
        assertError("view: v {\n  dimension: d {\n    sql: ${TABLE}.x\n  }\n}\n", 3, 5,
                "'sql' is never terminated: expected ';;' before end of file");
    }

    @Test
    void forgottenSemicolonsAreCaughtBeforeTheSqlSwallowsTheNextField() {
        assertError("view: v {\n  dimension: a {\n    sql: ${TABLE}.a\n  }\n  dimension: b {\n    sql: ${TABLE}.b ;;\n"
                + "  }\n}\n", 3, 5, "'sql' is missing its ';;': the text runs into 'dimension: b {' on line 5");
        assertError("view: v {\n  sql_table_name: t\n  measure: +m{\n sql: x ;; }\n}\n", 2, 3,
                "'sql_table_name' is missing its ';;': the text runs into 'measure: +m{' on line 3");
        assertThat(LookmlParser.parse("f", "sql: SELECT 'dimension: a {' AS x, y\n  -- set: me {\n ;;").children())
                .hasSize(1);
    }

    @Test
    void missingColonPointsJustAfterTheKey() {
        assertError("view: v {\n  type string\n}\n", 2, 7, "expected ':' after 'type', found 'string'");
        assertError("view v {\n}\n", 1, 5, "expected ':' after 'view', found 'v'");
    }

    @Test
    void straySemicolonIsAnErrorNotAnEndlessLoop() {
        assertError("view: v {\n  type: string ;\n}\n", 2, 16, "unexpected ';'");
        assertError("view: v {\n  type: string;\n}\n", 2, 15, "unexpected ';'");
        assertError(";", 1, 1, "unexpected ';'");
        assertError("a: b ;;", 1, 6, "unexpected ';;': only sql, html and expression values end with ';;'");
        assertError("sql: x ;;;", 1, 10, "unexpected ';'");
    }

    @Test
    void strayClosingBrace() {
        assertError("view: v {\n}\n}\n", 3, 1, "unexpected '}': no block is open here");
    }

    @Test
    void badLists() {
        assertError("fields: [a b]", 1, 12, "expected ',' or ']' in the list, found 'b'");
        assertError("fields: [a,,b]", 1, 12, "expected a list item, found ','");
        assertError("fields: [a,\n", 1, 9, "'[' is never closed: expected ']' before end of file");
        assertError("fields: [a, b: \"c\"]", 1, 13, "a list holds either values or 'key: value' pairs, not both");
        assertError("filters: [a: ]", 1, 14, "expected a value after 'a:' in the list, found ']'");
        assertError("fields: [{a}]", 1, 10, "expected a list item, found '{'");
        assertError("fields: [a\ndimension: x {}", 2, 1, "expected ',' or ']' in the list, found 'dimension'");
    }

    @Test
    void missingValueOrKey() {
        assertError("view: v { type: }", 1, 17, "expected a value, a list or a block after 'type:', found '}'");
        assertError("view: v { type:", 1, 16, "expected a value, a list or a block after 'type:', found end of file");
        assertError("\"x\": y", 1, 1, "expected a key such as 'dimension:', found a quoted string");
        assertError("view: v { [a] }", 1, 11, "expected a key such as 'dimension:', found '['");
        assertError("a: b\n: c", 2, 1, "expected a key such as 'dimension:', found ':'");
    }

    @Test
    void deepNestingIsCappedWithAClearError() {
        String deep = "a: {\n".repeat(Parser.MAX_DEPTH + 1) + "}\n".repeat(Parser.MAX_DEPTH + 1);
        assertError(deep, Parser.MAX_DEPTH + 1, 4, "blocks are nested more than " + Parser.MAX_DEPTH + " levels deep");
        String ok = "a: {\n".repeat(Parser.MAX_DEPTH) + "}\n".repeat(Parser.MAX_DEPTH);
        assertThat(LookmlParser.parse("f", ok).children()).hasSize(1);
        String hostile = "a: {".repeat(1_000_000);
        assertError(hostile, 1, 4 * Parser.MAX_DEPTH + 4, "blocks are nested more than " + Parser.MAX_DEPTH
                + " levels deep");
    }

    @Test
    void messageQuotesTheLineWithACaretUnderTheColumn() {
        TrailException error = parseError("view: v {\n  type: string ;\n}\n");
        assertThat(error.getMessage()).isEqualTo("""
                views/v.view.lkml:2:16: unexpected ';'
                  type: string ;
                               ^""");
        assertThat(error.detail()).startsWith("unexpected ';'\n");
    }

    @Test
    void caretKeepsTabsAndLongLinesAreClipped() {
        TrailException tabbed = parseError("view: v {\n\t\ttype: string ;\n}\n");
        assertThat(tabbed.getMessage()).endsWith("\t\ttype: string ;\n\t\t             ^");

        String longLine = "a: " + "x".repeat(500) + " ;";
        TrailException clipped = parseError(longLine);
        String[] lines = clipped.getMessage().split("\n");
        assertThat(lines[0]).isEqualTo("views/v.view.lkml:1:505: unexpected ';'");
        assertThat(lines[1]).hasSizeLessThan(130).startsWith("...").endsWith("x ;");
        assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].length() - 1);
    }

    private static void assertError(String text, int line, int column, String message) {
        TrailException error = parseError(text);
        assertThat(error.errorCode()).isEqualTo(LOOKML_SYNTAX);
        assertThat(error.location()).contains(new SourceLocation("views/v.view.lkml", line, column));
        assertThat(error.getMessage().lines().findFirst())
                .contains("views/v.view.lkml:" + line + ":" + column + ": " + message);
    }

    private static TrailException parseError(String text) {
        TrailException error = catchThrowableOfType(TrailException.class,
                () -> LookmlParser.parse("views/v.view.lkml", text));
        assertThat(error).as("expected a syntax error for: %s", text).isNotNull();
        return error;
    }
}
