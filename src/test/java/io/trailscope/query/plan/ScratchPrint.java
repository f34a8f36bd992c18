package io.trailscope.query.plan;

import io.trailscope.query.QueryRequest;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.AthenaDialect;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import io.trailscope.sql.dialect.TrinoDialect;
import java.util.stream.Collectors;

/** Prints golden blocks for a request (a development aid, not a test). */
final class ScratchPrint {
    private ScratchPrint() {}

    static String golden(QueryRequest request) {
        RenderedSql duck = new SqlRenderer(DuckDbDialect.INSTANCE).render(TestingPlanner.plan(request,
                DuckDbDialect.INSTANCE).select());
        RenderedSql trino = new SqlRenderer(TrinoDialect.INSTANCE).render(TestingPlanner.plan(request,
                TrinoDialect.INSTANCE).select());
        RenderedSql athena = new SqlRenderer(AthenaDialect.INSTANCE).render(TestingPlanner.plan(request,
                AthenaDialect.INSTANCE).select());
        return ".duckdb(\"\"\"\n" + indent(duck.text()) + "\"\"\", " + params(duck) + ")\n"
                + ".trino(\"\"\"\n" + indent(trino.text()) + "\"\"\", " + params(trino) + ")\n"
                + ".athena(\"\"\"\n" + indent(athena.text()) + "\"\"\");\n";
    }

    private static String indent(String text) {
        return text.lines().map(line -> "        " + line.replace("\\", "\\\\")).collect(Collectors.joining("\n"))
                + "\n        ";
    }

    private static String params(RenderedSql sql) {
        return "List.of(" + sql.parameters().stream().map(ScratchPrint::java).collect(Collectors.joining(", ")) + ")";
    }

    private static String java(Object value) {
        if (value instanceof String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof java.time.LocalDateTime time) {
            return "LocalDateTime.parse(\"" + time + "\")";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return "new BigDecimal(\"" + decimal.toPlainString() + "\")";
        }
        return value.getClass().getSimpleName() + ":" + value;
    }
}
