package io.trailscope.lookml.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.lookml.SourceSpan;
import io.trailscope.lookml.TestingFixtures;
import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.ListValue;
import io.trailscope.lookml.tree.LookmlFile;
import io.trailscope.lookml.tree.Pair;
import io.trailscope.lookml.tree.QuotedString;
import io.trailscope.lookml.tree.Scalar;
import io.trailscope.lookml.tree.SqlBlock;
import io.trailscope.lookml.tree.TreeDump;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TestLookmlParser {
    @Test
    void parsesEveryConstructWithExactSpans() {
        String text = """
                # model header
                connection: "local"
                include: "*.view"   # legacy form
                view: +calls {
                  extends: [base, other,]
                  dimension: name { type: string sql: ${TABLE}.x;; }
                  measure: n {
                    filters: [name: "-a", kind: "b"]
                    filters: { field: name value: "z" }
                    value_format_name:percent_2}
                  derived_table: {
                    sql: SELECT ';' AS a, "#" AS b
                         FROM t ;;
                  }
                }
                """;
        assertThat(TreeDump.dump(LookmlParser.parse("m.lkml", text))).isEqualTo("""
                connection @2:1 = quoted(local) @2:13-2:20
                include @3:1 = quoted(*.view) @3:10-3:18
                view '+calls' @4:1-15:2 {
                  extends @5:3 = [scalar(base) @5:13-5:17, scalar(other) @5:19-5:24] @5:12-5:26
                  dimension 'name' @6:3-6:53 {
                    type @6:21 = scalar(string) @6:27-6:33
                    sql @6:34 = sql(${TABLE}.x) @6:39-6:49
                  }
                  measure 'n' @7:3-10:33 {
                    filters @8:5 = [name: quoted(-a) @8:21-8:25, kind: quoted(b) @8:33-8:36] @8:14-8:37
                    filters @9:5-9:40 {
                      field @9:16 = scalar(name) @9:23-9:27
                      value @9:28 = quoted(z) @9:35-9:38
                    }
                    value_format_name @10:5 = scalar(percent_2) @10:23-10:32
                  }
                  derived_table @11:3-14:4 {
                    sql @12:5 = sql(SELECT ';' AS a, "#" AS b\\n         FROM t) @12:10-13:16
                  }
                }
                """);
    }

    @Test
    void spansCarryOffsetsAndFile() {
        LookmlFile file = LookmlParser.parse("v.view.lkml", "view: v {\n  sql_table_name: s.t ;;\n}\n");
        Block view = file.blocks("view").get(0);
        assertThat(view.span()).isEqualTo(new SourceSpan("v.view.lkml", 1, 1, 3, 2, 0, 36));
        assertThat(view.keySpan()).isEqualTo(new SourceSpan("v.view.lkml", 1, 1, 1, 5, 0, 4));
        assertThat(view.nameSpan()).contains(new SourceSpan("v.view.lkml", 1, 7, 1, 8, 6, 7));
        Pair table = view.pair("sql_table_name").orElseThrow();
        assertThat(table.value()).isEqualTo(new SqlBlock("s.t", new SourceSpan("v.view.lkml", 2, 19, 2, 22, 28, 31)));
        assertThat(table.span()).isEqualTo(new SourceSpan("v.view.lkml", 2, 3, 2, 22, 12, 31));
        assertThat(file.span().endLine()).isEqualTo(4);
    }

    @Test
    void unescapesOnlyQuoteAndBackslash() {
        LookmlFile file = LookmlParser.parse("f", "a: \"say \\\"hi\\\" \\\\ \\d+\"\nb: \"two\nlines\"");
        assertThat(file.value("a")).contains(new QuotedString("say \"hi\" \\ \\d+", new SourceSpan("f", 1, 4, 1, 23, 3, 22)));
        assertThat(file.scalar("b")).contains("two\nlines");
        assertThat(file.value("b").orElseThrow().span().endLine()).isEqualTo(3);
    }

    @Test
    void sqlBlocksAreRawUpToTheFirstDoubleSemicolon() {
        LookmlFile file = LookmlParser.parse("f", """
                sql: {% if x %} "a" # not a comment
                  -- also kept } ] [ { : ,
                  ;
                ;;
                html: <b>{{ value }}</b>;;
                expression: ${a} + 1 ;;
                sql_trigger_value: SELECT 1;;
                sql_anything_new: raw;;
                sql:;;
                """);
        assertThat(file.pairs("sql").get(0).value().asText())
                .contains("{% if x %} \"a\" # not a comment\n  -- also kept } ] [ { : ,\n  ;");
        assertThat(file.sqlBlock("html").map(SqlBlock::text)).contains("<b>{{ value }}</b>");
        assertThat(file.sqlBlock("expression").map(SqlBlock::text)).contains("${a} + 1");
        assertThat(file.sqlBlock("sql_trigger_value").map(SqlBlock::text)).contains("SELECT 1");
        assertThat(file.sqlBlock("sql_anything_new").map(SqlBlock::text)).contains("raw");
        SqlBlock empty = (SqlBlock) file.pairs("sql").get(1).value();
        assertThat(empty.text()).isEmpty();
        assertThat(empty.span().toString()).isEqualTo("f:9:5-9:5");
        assertThat(empty.span().length()).isZero();
    }

    @Test
    void commentsAreSkippedEverywhereButInsideStrings() {
        LookmlFile file = LookmlParser.parse("f", """
                # top
                view: v { # after brace
                  ## heading
                  label: "a # b" ### trailing
                  fields: [ # inside list
                    a, # after item
                    # own line
                    b
                  ]
                  #   hidden: yes
                }
                """);
        Block view = file.block("view").orElseThrow();
        assertThat(view.children()).extracting(node -> node.key()).containsExactly("label", "fields");
        assertThat(view.scalar("label")).contains("a # b");
        assertThat(view.strings("fields")).containsExactly("a", "b");
    }

    @Test
    void refinementsAndRepeatedKeysKeepFileOrder() {
        LookmlFile file = LookmlParser.parse("f", """
                include: "a.view"
                include: "b.view"
                view: +orders { }
                explore: orders {
                  join: a { sql_on: 1=1 ;; }
                  join: b { sql_on: 2=2 ;; }
                }
                """);
        assertThat(file.strings("include")).containsExactly("a.view", "b.view");
        Block refinement = file.block("view").orElseThrow();
        assertThat(refinement.isRefinement()).isTrue();
        assertThat(refinement.name()).contains("+orders");
        assertThat(refinement.targetName()).contains("orders");
        assertThat(refinement.children()).isEmpty();
        assertThat(file.block("explore").orElseThrow().blocks("join"))
                .extracting(join -> join.name().orElseThrow(), join -> join.sqlBlock("sql_on").orElseThrow().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "1=1"), org.assertj.core.groups.Tuple.tuple("b", "2=2"));
    }

    @Test
    void emptyInputAndBomParseToEmptyFiles() {
        assertThat(LookmlParser.parse("f", "").children()).isEmpty();
        assertThat(LookmlParser.parse("f", "\uFEFF# only a comment\n\n").children()).isEmpty();
        assertThat(LookmlParser.parse("f", "a: b\r\nc: d\r\n").scalar("c")).contains("d");
    }

    @Test
    void readsTheViewFixture() {
        LookmlFile file = LookmlParser.parse("api_calls.view.lkml", TestingFixtures.project("api_calls.view.lkml"));
        Block view = file.block("view").orElseThrow();
        assertThat(view.name()).contains("api_calls");
        assertThat(view.blocks("dimension")).extracting(block -> block.name().orElseThrow()).containsExactly(
                "region", "call_name", "extra_data", "mfa_flag", "country", "caller", "outcome", "has_error");
        assertThat(view.yesNo("suggestions")).contains(false);
        assertThat(view.sqlBlock("sql_table_name").map(SqlBlock::text)).contains("audit.api_calls");

        Block mfa = view.blocks("dimension").get(3);
        assertThat(mfa.scalar("description")).contains("Whether a \"second factor\" was used \\ or not");

        Block country = view.blocks("dimension").get(4);
        assertThat(country.sqlBlock("sql").orElseThrow().text())
                .contains("-- a \"guess\"; not real")
                .contains("# hash is not a comment here")
                .endsWith("END");

        Block called = view.block("dimension_group").orElseThrow();
        assertThat(called.strings("timeframes")).containsExactly("minute15", "minute30", "hour", "date", "week",
                "month", "year", "hour_of_day", "day_of_week", "month_name");
        assertThat(called.children()).extracting(node -> node.key()).containsExactly("type", "timeframes", "sql");

        Block errorCount = view.blocks("measure").get(1);
        assertThat(errorCount.blocks("filters")).hasSize(1);
        assertThat(errorCount.blocks("filters").get(0).scalar("field")).contains("has_error");
        assertThat(errorCount.strings("drill_fields")).containsExactly("caller", "call_name", "-region", "detail*");

        Block failed = view.blocks("measure").get(2);
        assertThat(failed.blocks("filters")).extracting(block -> block.scalar("value").orElseThrow())
                .containsExactly("ConsoleLogin", "Error");

        Block denied = view.blocks("measure").get(3);
        ListValue filters = denied.list("filters").orElseThrow();
        assertThat(filters.isPairList()).isTrue();
        assertThat(filters.pairs()).extracting(Pair::key, pair -> pair.value().asText().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("call_name", "-ConsoleLogin"),
                        org.assertj.core.groups.Tuple.tuple("has_error", "Error"));

        Block distinct = view.blocks("measure").get(4);
        assertThat(distinct.value("value_format_name")).contains(
                new Scalar("decimal_0", new SourceSpan("api_calls.view.lkml", 102, 23, 102, 32, distinct.value(
                        "value_format_name").orElseThrow().span().startOffset(), distinct.value("value_format_name")
                        .orElseThrow().span().endOffset())));
        assertThat(distinct.span().end().line()).isEqualTo(102);
        assertThat(distinct.span().endColumn()).isEqualTo(33);

        Block share = view.blocks("measure").get(5);
        assertThat(share.sqlBlock("sql").orElseThrow().text())
                .isEqualTo("1.00 * ${api_calls.error_count} / NULLIF(${api_calls.call_count},0)");
        assertThat(view.block("filter").orElseThrow().sqlBlock("sql").orElseThrow().text())
                .isEqualTo("{% condition name_filter %} ${call_name} {% endcondition %}");
    }

    @Test
    void readsTheDerivedTableAndSetFixture() {
        LookmlFile file = LookmlParser.parse("views/summaries.view.lkml",
                TestingFixtures.project("views/summaries.view.lkml"));
        List<Block> views = file.blocks("view");
        assertThat(views).extracting(view -> view.name().orElseThrow()).containsExactly("caller_summary", "address_summary");
        SqlBlock derived = views.get(0).block("derived_table").orElseThrow().sqlBlock("sql").orElseThrow();
        assertThat(derived.text()).startsWith("SELECT\n").endsWith("GROUP BY 1")
                .contains("'{ \"braces\": [1, 2] }'", "'ConsoleLogin'; -- a semicolon");
        assertThat(derived.span().start().line()).isEqualTo(3);
        assertThat(derived.span().start().column()).isEqualTo(10);
        assertThat(derived.span().end().line()).isEqualTo(11);
        assertThat(views.get(0).block("set").orElseThrow().strings("fields")).containsExactly("caller", "total_sign_ins");
        assertThat(views.get(1).block("set").orElseThrow().strings("fields")).containsExactly("caller", "count");
    }

    @Test
    void readsTheModelFixture() {
        LookmlFile file = LookmlParser.parse("trail_audit.model.lkml", TestingFixtures.project("trail_audit.model.lkml"));
        assertThat(file.scalar("connection")).contains("local_store");
        assertThat(file.strings("include"))
                .containsExactly("*.view", "/views/**/*.view.lkml", "*.explore.lkml", "dashboards/*.dashboard");
        assertThat(file.blocks("explore")).extracting(explore -> explore.name().orElseThrow())
                .containsExactly("api_calls", "caller_summary", "address_summary");
        Block explore = file.blocks("explore").get(0);
        Block join = explore.blocks("join").get(1);
        assertThat(join.scalar("relationship")).contains("many_to_one");
        assertThat(join.sqlBlock("sql_on").orElseThrow().text())
                .isEqualTo("${api_calls.caller} = ${address_summary.caller}\n      AND ${address_summary.address_count} > 0");
        assertThat(file.blocks("explore").get(1).children()).isEmpty();
        assertThat(file.block("datagroup").orElseThrow().sqlBlock("sql_trigger").orElseThrow().text())
                .isEqualTo("SELECT CURRENT_DATE");
    }

    @Test
    void readsTheExploreAndManifestFixtures() {
        LookmlFile explores = LookmlParser.parse("refinements.explore.lkml",
                TestingFixtures.project("refinements.explore.lkml"));
        Block extended = explores.blocks("view").get(1);
        assertThat(extended.strings("extends")).containsExactly("api_calls", "caller_summary");
        assertThat(extended.scalar("extension")).contains("required");
        Block link = explores.blocks("view").get(0).block("dimension").orElseThrow().block("link").orElseThrow();
        assertThat(link.name()).isEmpty();
        assertThat(link.scalar("url")).contains("https://console.aws.amazon.com/?region={{ value }}");
        Block alwaysFilter = explores.block("explore").orElseThrow().block("always_filter").orElseThrow();
        assertThat(alwaysFilter.list("filters").orElseThrow().pairs().get(0).key()).isEqualTo("api_calls.called_date");

        LookmlFile manifest = LookmlParser.parse("manifest.lkml", TestingFixtures.project("manifest.lkml"));
        assertThat(manifest.scalar("project_name")).contains("trail_audit");
        assertThat(manifest.block("constant").orElseThrow().scalar("export")).contains("override_optional");
    }
}
