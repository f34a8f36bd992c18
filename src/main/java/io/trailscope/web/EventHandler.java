package io.trailscope.web;

import io.javalin.http.Context;

/** {@code GET /api/events/{eventId}}. */
final class EventHandler {
    private final WebServices services;

    EventHandler(WebServices services) {
        this.services = services;
    }

    void event(Context ctx) {
        throw ApiErrors.notFound("events are not implemented yet " + services.settings().projectName());
    }
}
