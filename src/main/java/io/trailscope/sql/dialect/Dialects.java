package io.trailscope.sql.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registry of dialects; a dialect added here is covered by the conformance tests at once. */
public final class Dialects {
    private static final List<Dialect> ALL = List.of(DuckDbDialect.INSTANCE, TrinoDialect.INSTANCE,
            AthenaDialect.INSTANCE);

    private Dialects() {}

    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect for a configured connection type ({@code duckdb}, {@code trino}, {@code athena}), any case. */
    public static Optional<Dialect> forConnectionType(String connectionType) {
        String wanted = connectionType.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(dialect -> dialect.name().equals(wanted)).findFirst();
    }
}
