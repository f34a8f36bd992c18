package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The registry, and the settings and capabilities each dialect declares (the compiler branches on these). */
final class TestDialects {
    @Test
    void registryFindsDialectsByConnectionType() {
        assertThat(Dialects.all()).extracting(Dialect::name).containsExactly("duckdb", "trino", "athena");
        assertThat(Dialects.forConnectionType("duckdb")).containsSame(DuckDbDialect.INSTANCE);
        assertThat(Dialects.forConnectionType(" Trino ")).containsSame(TrinoDialect.INSTANCE);
        assertThat(Dialects.forConnectionType("ATHENA")).containsSame(AthenaDialect.INSTANCE);
        assertThat(Dialects.forConnectionType("postgres")).isEmpty();
        assertThat(Dialects.forConnectionType("")).isEmpty();
    }

    @Test
    void athenaIsTrinoWithoutBinding() {
        assertThat(AthenaDialect.INSTANCE).isInstanceOf(TrinoDialect.class);
        EnumSet<Capability> trino = EnumSet.copyOf(TrinoDialect.INSTANCE.capabilities().supported());
        trino.remove(Capability.BIND_PARAMETERS);
        assertThat(AthenaDialect.INSTANCE.capabilities().supported()).isEqualTo(trino);
        assertThat(AthenaDialect.INSTANCE.settings())
                .isEqualTo(TrinoDialect.INSTANCE.settings().withMaxIdentifierLength(255));
    }

    @Test
    void declaredCapabilities() {
        assertThat(DuckDbDialect.INSTANCE.capabilities().supported()).isEqualTo(EnumSet.allOf(Capability.class));
        assertThat(TrinoDialect.INSTANCE.capabilities().supported()).isEqualTo(EnumSet.complementOf(
                EnumSet.of(Capability.QUALIFY, Capability.ILIKE, Capability.EXACT_PERCENTILE)));
    }

    @Test
    void declaredSettings() {
        DialectSettings duckdb = DuckDbDialect.INSTANCE.settings();
        DialectSettings trino = TrinoDialect.INSTANCE.settings();
        assertThat(duckdb).isEqualTo(new DialectSettings('"', false, NullCollation.LAST, DayOfWeek.MONDAY,
                OptionalInt.empty(), true, true, LimitStyle.LIMIT_THEN_OFFSET, false));
        assertThat(trino).isEqualTo(new DialectSettings('"', false, NullCollation.LAST, DayOfWeek.MONDAY,
                OptionalInt.empty(), true, true, LimitStyle.OFFSET_THEN_LIMIT, true));
    }

    @Test
    void athenaRejectsIdentifiersOverItsLimit() {
        String longest = "x".repeat(255);
        assertThat(AthenaDialect.INSTANCE.quoteIdentifier(longest)).isEqualTo('"' + longest + '"');
        assertThat(TrinoDialect.INSTANCE.quoteIdentifier(longest + "x")).hasSize(258);
        assertThatThrownBy(() -> AthenaDialect.INSTANCE.quoteIdentifier(longest + "x"))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SQL_INVALID_IDENTIFIER))
                .hasMessage("identifier longer than 255 characters for athena: '" + "x".repeat(40) + "'...");
    }

    @Test
    void capabilitiesAreImmutableValues() {
        DialectCapabilities none = DialectCapabilities.none();
        DialectCapabilities some = none.with(Capability.QUALIFY, Capability.ILIKE);
        assertThat(none.supported()).isEmpty();
        assertThat(some.supports(Capability.QUALIFY)).isTrue();
        assertThat(some.without(Capability.QUALIFY).supported()).containsExactly(Capability.ILIKE);
        assertThat(some).isEqualTo(DialectCapabilities.none().with(Capability.ILIKE, Capability.QUALIFY));
    }
}
