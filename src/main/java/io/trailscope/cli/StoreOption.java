package io.trailscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that touches the store shares. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "trailscope.db",
            description = "The local store (a DuckDB file). Default: ${DEFAULT-VALUE}")
    Path db;

    public Path path() {
        return db;
    }
}
