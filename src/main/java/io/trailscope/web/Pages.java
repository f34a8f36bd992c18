package io.trailscope.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The UI routes ({@code /}, {@code /dashboards/...}, {@code /explore}, {@code /explore/...}) answer index.html; the world map GeoJSON. */
final class Pages {
    static final String WORLD_MAP = "META-INF/resources/webjars/echarts/4.1.0/map/json/world.json";
    static final String INDEX = WebServer.STATIC_FOLDER.substring(1) + "/index.html";

    private Pages() {}

    static void register(RoutesConfig routes) {
        routes.get("/", Pages::index);
        routes.get("/dashboards/{name}", Pages::index);
        routes.get("/explore", Pages::index);
        routes.get("/explore/{model}/{explore}", Pages::index);
        routes.get("/static/vendor/world.json", ctx -> resource(ctx, WORLD_MAP, "application/json"));
    }

    private static void index(Context ctx) {
        resource(ctx, INDEX, "text/html; charset=utf-8");
    }

    private static void resource(Context ctx, String path, String contentType) {
        byte[] bytes = read(path).orElseThrow(() -> new TrailException(ErrorCode.INTERNAL_ERROR,
                "this build has no " + path));
        ctx.contentType(contentType);
        ctx.result(bytes);
    }

    private static Optional<byte[]> read(String path) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
