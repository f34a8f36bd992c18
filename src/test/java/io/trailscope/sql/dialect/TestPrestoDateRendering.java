package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.ColumnRef;
import io.trailscope.sql.RawQuery;
import io.trailscope.sql.RawSql;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LookML {@code sql:} written for Athena reaches DuckDB with its literal date formats translated, even when a
 * reference sits between the function name and the format; Trino and Athena get the text as written.
 */
final class TestPrestoDateRendering {
    private static final RawSql FRAGMENT = new RawSql(List.of(new RawSql.Text("date_format("),
            new RawSql.Embedded(ColumnRef.of("t", "event_time")), new RawSql.Text(", '%Y-%m-%d %H:%i')")));

    private static String render(Dialect dialect, RawSql sql) {
        return new SqlRenderer(dialect).renderInline(sql);
    }

    @Test
    void duckDbTranslatesAroundAnEmbeddedReference() {
        assertThat(render(DuckDbDialect.INSTANCE, FRAGMENT)).isEqualTo("strftime(\"t\".\"event_time\", '%Y-%m-%d %H:%M')");
        assertThat(render(DuckDbDialect.INSTANCE, RawSql.of("date_parse(x, '%Y-%m-%d %H:%i:%s')")))
                .isEqualTo("strptime(x, '%Y-%m-%d %H:%M:%S')");
    }

    @Test
    void trinoAndAthenaKeepTheTextAsWritten() {
        for (Dialect dialect : Dialects.all()) {
            if (dialect != DuckDbDialect.INSTANCE) {
                assertThat(render(dialect, FRAGMENT)).as(dialect.name()).isEqualTo("date_format(\"t\".\"event_time\", '%Y-%m-%d %H:%i')");
            }
        }
    }

    @Test
    void derivedTablesAreTranslatedToo() {
        RawQuery derived = new RawQuery("SELECT date_format(event_time, '%H:%i') AS minute FROM events");
        assertThat(new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(derived))
                .isEqualTo("SELECT strftime(event_time, '%H:%M') AS minute FROM events");
    }
}
