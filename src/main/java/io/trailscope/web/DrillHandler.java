package io.trailscope.web;

import io.javalin.http.Context;

/** {@code POST /api/drill}. */
final class DrillHandler {
    private final WebServices services;

    DrillHandler(WebServices services) {
        this.services = services;
    }

    void drill(Context ctx) {
        throw ApiErrors.notFound("drill is not implemented yet " + services.settings().projectName());
    }
}
