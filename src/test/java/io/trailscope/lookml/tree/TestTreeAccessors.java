package io.trailscope.lookml.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.parse.LookmlParser;
import org.junit.jupiter.api.Test;

final class TestTreeAccessors {
    private static final LookmlFile FILE = LookmlParser.parse("a.view.lkml", """
            view: a {
              label: "First"
              label: Second
              hidden: yes
              suggestions: maybe
              fields: [x, "y"]
              fields: z
              sql_table_name: t ;;
              dimension: d { }
              dimension: e { }
            }
            """);

    @Test
    void singleValueAccessorsTakeTheLastEntry() {
        Block view = FILE.block("view").orElseThrow();
        assertThat(view.scalar("label")).contains("Second");
        assertThat(view.pairs("label")).hasSize(2);
        assertThat(view.children("dimension")).hasSize(2);
        assertThat(view.block("dimension").flatMap(Block::name)).contains("e");
        assertThat(view.describe()).isEqualTo("view 'a'");
    }

    @Test
    void typedAccessorsAreEmptyOnAMismatch() {
        Block view = FILE.block("view").orElseThrow();
        assertThat(view.yesNo("hidden")).contains(true);
        assertThat(view.yesNo("suggestions")).isEmpty();
        assertThat(view.yesNo("missing")).isEmpty();
        assertThat(view.scalar("sql_table_name")).isEmpty();
        assertThat(view.sqlBlock("sql_table_name").map(SqlBlock::text)).contains("t");
        assertThat(view.sqlBlock("label")).isEmpty();
        assertThat(view.list("fields")).isEmpty();
        assertThat(view.pairs("fields").get(0).value()).isInstanceOf(ListValue.class);
        assertThat(view.strings("fields")).containsExactly("x", "y", "z");
        assertThat(view.value("nothing")).isEmpty();
        assertThat(view.blocks("label")).isEmpty();
    }

    @Test
    void sqlBlockMapsTextIndexesToFilePositions() {
        LookmlFile file = LookmlParser.parse("f", "dimension: d {\n  sql: CASE\n    WHEN ${bad} THEN 1\n  END ;;\n}\n");
        SqlBlock sql = file.block("dimension").orElseThrow().sqlBlock("sql").orElseThrow();
        assertThat(sql.locationAt(0)).isEqualTo(new SourceLocation("f", 2, 8));
        assertThat(sql.locationAt(sql.text().indexOf("${bad}"))).isEqualTo(new SourceLocation("f", 3, 10));
        assertThat(sql.locationAt(sql.text().length())).isEqualTo(new SourceLocation("f", 4, 6));
        assertThatThrownBy(() -> sql.locationAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void fileKindsFollowTheFileName() {
        assertThat(FileKind.of("a/b.model.lkml")).isEqualTo(FileKind.MODEL);
        assertThat(FileKind.of("b.view.lkml")).isEqualTo(FileKind.VIEW);
        assertThat(FileKind.of("b.explore.lkml")).isEqualTo(FileKind.EXPLORE);
        assertThat(FileKind.of("manifest.lkml")).isEqualTo(FileKind.MANIFEST);
        assertThat(FileKind.of("refinements.lkml")).isEqualTo(FileKind.OTHER_LOOKML);
        assertThat(FileKind.of("x/Sales.Dashboard.LookML")).isEqualTo(FileKind.DASHBOARD);
        assertThat(FileKind.of("README.md")).isEqualTo(FileKind.NOT_LOOKML);
        assertThat(LookmlParser.parse("x.view.lkml", "").kind()).isEqualTo(FileKind.VIEW);
    }
}
