package io.trailscope.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** How to reach the database a model's {@code connection:} names. */
public sealed interface ConnectionConfig {
    /** The embedded store (a DuckDB file; the {@code --db} store when no path is given), with schema aliases. */
    record DuckDb(Optional<Path> path, Map<String, String> schemas) implements ConnectionConfig {
        public DuckDb {
            requireNonNull(path, "path is null");
            schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
        }

        public static DuckDb defaultStore() {
            return new DuckDb(Optional.empty(), Map.of());
        }
    }

    /** A Trino cluster over JDBC ({@code jdbc:trino://host:port}); catalog and schema are the session defaults. */
    record Trino(String url, String user, Optional<String> catalog, Optional<String> schema) implements ConnectionConfig {
        public Trino {
            requireNonNull(url, "url is null");
            requireNonNull(user, "user is null");
            requireNonNull(catalog, "catalog is null");
            requireNonNull(schema, "schema is null");
        }
    }

    /** Amazon Athena (engine version 3): read and kept, run by a later release. */
    record Athena(String region, Optional<String> database, Optional<String> workgroup,
            Optional<String> outputLocation) implements ConnectionConfig {
        public Athena {
            requireNonNull(region, "region is null");
            requireNonNull(database, "database is null");
            requireNonNull(workgroup, "workgroup is null");
            requireNonNull(outputLocation, "outputLocation is null");
        }
    }
}
