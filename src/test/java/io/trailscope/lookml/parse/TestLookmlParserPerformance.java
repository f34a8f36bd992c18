package io.trailscope.lookml.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.LookmlFile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class TestLookmlParserPerformance {
    @Test
    void parsesFiveMegabytesQuickly() {
        StringBuilder text = new StringBuilder();
        int views = 0;
        while (text.length() < 5_000_000) {
            text.append("view: v").append(views).append(" {\n  sql_table_name: db.t").append(views).append(" ;;\n");
            for (int d = 0; d < 20; d++) {
                text.append("  dimension: d").append(d).append(" { # dimension ").append(d).append('\n')
                        .append("    type: string\n    label: \"Dimension \\\"").append(d).append("\\\"\"\n")
                        .append("    sql: CASE WHEN ${TABLE}.c").append(d).append(" = ';' THEN 'x' END ;;\n  }\n");
            }
            text.append("  measure: m { type: count filters: [d1: \"-a\", d2: \"b\"] drill_fields: [d0, d1, d2,] }\n}\n");
            views++;
        }
        long start = System.nanoTime();
        LookmlFile file = LookmlParser.parse("big.view.lkml", text.toString());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(file.blocks("view")).hasSize(views);
        Block last = file.blocks("view").get(views - 1);
        assertThat(last.blocks("dimension")).hasSize(20);
        assertThat(last.blocks("dimension").get(19).scalar("label")).contains("Dimension \"19\"");
        assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
    }
}
