package io.trailscope.web;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** What a prewarm did: the dashboards and query tiles it ran, the tiles that failed, and how long it took. */
public record Prewarm(int dashboards, int tiles, int failedTiles, Duration elapsed) {
    public Prewarm {
        requireNonNull(elapsed, "elapsed is null");
    }

    public String summary() {
        return "prewarmed " + dashboards + " dashboards (" + tiles + " tiles" + (failedTiles > 0 ? ", " + failedTiles
                + " failed" : "") + ") in " + elapsed.toMillis() / 1000.0 + " s";
    }
}
