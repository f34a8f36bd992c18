package io.trailscope.web;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web UI's server: the JSON API of docs/api.md under {@code /api}, the pages and static files. Start it with
 * {@link #start}; {@code port} 0 picks a free port ({@link #port()} tells which). Close it to stop Jetty and close
 * the engines.
 */
public final class WebServer implements AutoCloseable {
    /** Where the front end lives on the class path. */
    public static final String STATIC_FOLDER = "/io/trailscope/web/static";

    private final Javalin app;
    private final WebServices services;
    private final String bind;

    private WebServer(Javalin app, WebServices services, String bind) {
        this.app = app;
        this.services = services;
        this.bind = bind;
    }

    public static WebServer start(WebSettings settings) {
        requireNonNull(settings, "settings is null");
        WebServices services = new WebServices(settings, tilePool());
        try {
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.showOldJavalinVersionWarning = false;
                cfg.http.maxRequestSize = Json.MAX_BODY_BYTES;
                cfg.staticFiles.add(files -> {
                    files.hostedPath = "/static";
                    files.directory = STATIC_FOLDER;
                    files.location = Location.CLASSPATH;
                });
                cfg.staticFiles.enableWebjars();
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
                ApiRoutes.register(cfg.routes, services);
                Pages.register(cfg.routes);
                ApiRoutes.registerErrors(cfg.routes);
            });
            try {
                app.start(settings.bind(), settings.port());
            } catch (JavalinBindException e) {
                throw new TrailException(ErrorCode.WEB_CANNOT_LISTEN, "cannot listen on " + settings.bind() + ":"
                        + settings.port() + " (is another server using that port? try --port 0 or another port)", e);
            }
            return new WebServer(app, services, settings.bind());
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** Tiles run on their own threads, a few at a time: the engines take the parallelism, not Jetty's threads. */
    private static ExecutorService tilePool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
            Thread thread = new Thread(runnable, "trailscope-tile-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public int port() {
        return app.port();
    }

    /**
     * Runs every dashboard once with its default filters in the background, one tile at a time (a core stays free
     * for visitors), so the first visitor of each dashboard gets kept results. Completes with what it did.
     */
    public CompletableFuture<Prewarm> prewarm() {
        return CompletableFuture.supplyAsync(services::prewarm, runnable -> {
            Thread thread = new Thread(runnable, "trailscope-prewarm");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        });
    }

    /** {@code http://host:port/}, with 127.0.0.1 for a server bound to every interface. */
    public String url() {
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            services.close();
        }
    }
}
