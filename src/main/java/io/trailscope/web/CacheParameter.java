package io.trailscope.web;

import io.javalin.http.Context;

/**
 * {@code ?cache=false} on an endpoint that runs queries: run them anew instead of answering from the result cache
 * (Looker's API has the same parameter; its UI calls it "Clear cache & refresh"). The new rows replace the kept ones.
 */
final class CacheParameter {
    private CacheParameter() {}

    static boolean use(Context ctx) {
        String value = ctx.queryParam("cache");
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw ApiErrors.badRequest("cache must be true or false, not '" + Downloads.printable(value) + "'");
    }
}
