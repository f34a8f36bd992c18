package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.Query;
import io.trailscope.sql.RenderedSql;
import java.util.List;

/**
 * Golden SQL per dialect for one query, Calcite style: {@code assertSql(q).duckdb("...").trino("...")}.
 * Beyond the exact text, DuckDB output is executed on a real DuckDB holding {@link FixtureTables}, and
 * Trino/Athena output must parse with the Trino grammar, and runs on a real Trino when {@link TestingTrino} has one.
 */
final class GoldenSql {
    private final Query query;

    private GoldenSql(Query query) {
        this.query = query;
    }

    static GoldenSql assertSql(Query query) {
        return new GoldenSql(query);
    }

    GoldenSql duckdb(String expected) {
        RenderedSql sql = check(DuckDbDialect.INSTANCE, expected);
        TestingDuckDb.shared().query(sql);
        return this;
    }

    /** DuckDB text, and the rows it returns on the fixture tables. */
    GoldenSql duckdb(String expected, List<List<Object>> rows) {
        RenderedSql sql = check(DuckDbDialect.INSTANCE, expected);
        assertThat(TestingDuckDb.shared().query(sql)).isEqualTo(rows);
        return this;
    }

    GoldenSql trino(String expected) {
        onTrino(check(TrinoDialect.INSTANCE, expected));
        return this;
    }

    GoldenSql athena(String expected) {
        onTrino(check(AthenaDialect.INSTANCE, expected));
        return this;
    }

    /** For queries without parameters, where Athena's text equals Trino's. */
    GoldenSql trinoAndAthena(String expected) {
        return trino(expected).athena(expected);
    }

    /** Any dialect, e.g. a testing dialect with other capabilities; executed on DuckDB when it is DuckDB-based. */
    GoldenSql dialect(Dialect dialect, String expected) {
        RenderedSql sql = check(dialect, expected);
        if (dialect instanceof DuckDbDialect) {
            TestingDuckDb.shared().query(sql);
        }
        else {
            onTrino(sql);
        }
        return this;
    }

    /** Parsed always; also executed when a real Trino is configured (Athena's SQL is Trino SQL). */
    private static void onTrino(RenderedSql sql) {
        TrinoSyntax.parse(sql.text());
        TestingTrino.shared().ifPresent(trino -> trino.query(sql));
    }

    private RenderedSql check(Dialect dialect, String expected) {
        RenderedSql sql = new SqlRenderer(dialect).render(query);
        assertThat(sql.text()).as(dialect.name()).isEqualTo(expected.stripTrailing());
        return sql;
    }
}
