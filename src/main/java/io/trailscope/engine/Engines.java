package io.trailscope.engine;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.dialect.AthenaDialect;
import io.trailscope.sql.dialect.Dialect;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.TrinoDialect;
import java.nio.file.Path;

/** Opens the engine a connection configuration describes; the embedded store unless configured otherwise. */
public final class Engines {
    private Engines() {}

    /** The dialect of a connection, without connecting (to show SQL, or to plan before running). */
    public static Dialect dialect(ConnectionConfig config) {
        if (config instanceof ConnectionConfig.DuckDb) {
            return DuckDbDialect.INSTANCE;
        }
        if (config instanceof ConnectionConfig.Trino) {
            return TrinoDialect.INSTANCE;
        }
        return AthenaDialect.INSTANCE;
    }

    public static Engine open(ConnectionConfig config, Path defaultStore) {
        if (config instanceof ConnectionConfig.DuckDb duckDb) {
            return DuckDbEngine.open(duckDb.path().orElse(defaultStore), duckDb.schemas());
        }
        if (config instanceof ConnectionConfig.Trino trino) {
            return TrinoEngine.open(trino);
        }
        ConnectionConfig.Athena athena = (ConnectionConfig.Athena) config;
        throw new TrailException(ErrorCode.ENGINE_FAILURE, "Athena connections (region " + athena.region()
                + ") are configured but cannot run in this release; its SQL can be shown with --sql");
    }
}
