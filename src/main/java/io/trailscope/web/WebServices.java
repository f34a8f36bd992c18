package io.trailscope.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.trailscope.dashboard.Connections;
import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.QueryRunner;
import io.trailscope.engine.ResultCache;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.result.QueryResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** What every handler shares: the settings, the engines, the runners and the pool tiles run on. */
final class WebServices implements AutoCloseable {
    private final WebSettings settings;
    private final Connections connections;
    private final QueryRunner queries;
    private final ExecutorService tilePool;
    private final StoreQueries store;

    WebServices(WebSettings settings, ExecutorService tilePool) {
        this.settings = requireNonNull(settings, "settings is null");
        this.tilePool = requireNonNull(tilePool, "tilePool is null");
        this.connections = new Connections(settings.connections(), settings.store(),
                new ResultCache(ResultCache.DEFAULT_MAX_BYTES, settings.clock()));
        this.queries = new QueryRunner(settings.project(), connections, settings.clock());
        this.store = new StoreQueries(settings.store());
    }

    WebSettings settings() {
        return settings;
    }

    SemanticProject project() {
        return settings.project();
    }

    QueryRunner queries() {
        return queries;
    }

    /** The runner for a request: {@code ?cache=false} runs every query anew, as Looker's "Clear cache & refresh". */
    QueryRunner queries(Context ctx) {
        return CacheParameter.use(ctx) ? queries : queries.refreshing();
    }

    /** A runner on the same engines for a variant of the project (suggestions use a case-insensitive model). */
    QueryRunner queriesOn(SemanticProject variant) {
        return new QueryRunner(variant, connections, settings.clock());
    }

    DashboardRunner dashboards(Context ctx) {
        return new DashboardRunner(queries(ctx));
    }

    ExecutorService tilePool() {
        return tilePool;
    }

    StoreQueries store() {
        return store;
    }

    /** Runs a query and answers the query response of docs/api.md. */
    Map<String, Object> run(Context ctx, Explores explores, QueryRequest request) {
        long start = System.nanoTime();
        QueryResult result = queries(ctx).run(request);
        return QueryResponses.of(explores, request, result, (System.nanoTime() - start) / 1_000_000);
    }

    /** Every dashboard with its default filters, tile after tile, through the cached runner. */
    Prewarm prewarm() {
        long start = System.nanoTime();
        int dashboardCount = 0;
        int tiles = 0;
        int failed = 0;
        DashboardRunner cached = new DashboardRunner(queries);
        for (DashboardDefinition dashboard : DashboardRunner.dashboards(project())) {
            DashboardResult result = cached.run(dashboard, Map.of(), Optional.empty(), Runnable::run);
            dashboardCount++;
            tiles += (int) result.tiles().stream().filter(tile -> !tile.isText()).count();
            failed += result.failedTiles();
        }
        return new Prewarm(dashboardCount, tiles, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public void close() {
        tilePool.shutdownNow();
        connections.close();
        store.close();
    }
}
