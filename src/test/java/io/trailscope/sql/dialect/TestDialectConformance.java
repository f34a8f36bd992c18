package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.Literal;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.Select;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SubqueryRelation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malloy's escape.spec for every registered dialect: hostile text must come back byte for byte, as a string
 * literal, as an inlined parameter and as an identifier. A dialect without a read-back oracle fails here.
 */
final class TestDialectConformance {
    private static final List<String> PAYLOADS = List.of(
            "'; DROP TABLE x; --",
            "a\"b",
            "\\' OR 1=1 --",
            "it''s",
            "\\",
            "\\\\'",
            "héllo wörld 😀 中文 ‮",
            "a\0b",
            "\0",
            "\u0001\u001f\u007f\u0085",
            "line1\nline2\r\n\tend",
            "$$ dollar $$ $tag$",
            "/* not a comment */ -- nor this",
            "? :name $1 ${TABLE}",
            "%_^",
            "U&'\\0041'",
            "E'\\x41'",
            " ",
            "");

    static Stream<Arguments> dialectsAndPayloads() {
        return Dialects.all().stream().flatMap(dialect -> PAYLOADS.stream().map(p -> Arguments.of(dialect, p)));
    }

    static Stream<Arguments> dialectsAndIdentifiers() {
        return Dialects.all().stream().flatMap(dialect -> PAYLOADS.stream()
                .filter(payload -> !payload.isEmpty() && payload.indexOf('\0') < 0)
                .map(payload -> Arguments.of(dialect, payload)));
    }

    static Stream<Dialect> dialects() {
        return Dialects.all().stream();
    }

    @ParameterizedTest
    @MethodSource("dialectsAndPayloads")
    void stringLiteralRoundTrips(Dialect dialect, String payload) {
        Select select = Select.builder().select(Literal.of(payload), "v").build();
        assertThat(readBackString(dialect, new SqlRenderer(dialect).render(select))).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("dialectsAndPayloads")
    void parameterRoundTripsBoundAndInlined(Dialect dialect, String payload) {
        Select select = Select.builder().select(Parameter.of(payload), "v").build();
        SqlRenderer renderer = new SqlRenderer(dialect);
        assertThat(readBackString(dialect, new RenderedSql(renderer.renderInline(select), List.of())))
                .isEqualTo(payload);
        RenderedSql bound = renderer.render(select);
        if (dialect.supports(Capability.BIND_PARAMETERS)) {
            assertThat(bound.parameters()).containsExactly(payload);
        }
        else {
            assertThat(bound.parameters()).isEmpty();
        }
        assertThat(readBackString(dialect, bound)).isEqualTo(payload);
    }

    /** The payload as table alias, column name and output alias, all at once. */
    @ParameterizedTest
    @MethodSource("dialectsAndIdentifiers")
    void identifierRoundTrips(Dialect dialect, String payload) {
        Select inner = Select.builder().select(Literal.of(1), payload).build();
        Select select = Select.builder()
                .select(Sql.column(payload, payload), payload)
                .from(new SubqueryRelation(inner, payload))
                .build();
        RenderedSql sql = new SqlRenderer(dialect).render(select);
        assertThat(readBackLabel(dialect, sql)).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void identifiersWithNulOrEmptyAreRejectedBeforeRendering(Dialect dialect) {
        for (String bad : List.of("a\0b", "")) {
            assertThatThrownBy(() -> dialect.quoteIdentifier(bad))
                    .isInstanceOfSatisfying(TrailException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SQL_INVALID_IDENTIFIER));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void hugeLiteralRoundTrips(Dialect dialect) {
        String payload = "'\"\\\n;--\0😀".repeat(20_000);
        Select select = Select.builder().select(Literal.of(payload), "v").build();
        assertThat(readBackString(dialect, new SqlRenderer(dialect).render(select))).isEqualTo(payload);
    }

    private static String readBackString(Dialect dialect, RenderedSql sql) {
        return switch (dialect.name()) {
            case "duckdb" -> (String) TestingDuckDb.shared().query(sql).get(0).get(0);
            case "trino", "athena" -> {
                String parsed = TrinoReadBack.stringValue(sql);
                TestingTrino.shared().ifPresent(trino -> assertThat(trino.query(sql).get(0).get(0)).isEqualTo(parsed));
                yield parsed;
            }
            default -> throw new AssertionError("no read-back oracle for dialect " + dialect.name());
        };
    }

    private static String readBackLabel(Dialect dialect, RenderedSql sql) {
        return switch (dialect.name()) {
            case "duckdb" -> {
                assertThat(TestingDuckDb.shared().query(sql)).containsExactly(List.of(1));
                yield TestingDuckDb.shared().labels(sql).get(0);
            }
            case "trino", "athena" -> {
                TestingTrino.shared().ifPresent(trino -> assertThat(trino.query(sql)).containsExactly(List.of(1)));
                yield TrinoReadBack.identifiers(sql);
            }
            default -> throw new AssertionError("no read-back oracle for dialect " + dialect.name());
        };
    }
}
