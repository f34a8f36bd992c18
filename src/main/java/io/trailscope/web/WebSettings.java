package io.trailscope.web;

import static java.util.Objects.requireNonNull;

import io.trailscope.engine.EngineConfig;
import io.trailscope.model.SemanticProject;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What a {@link WebServer} serves: a loaded project ({@code projectName} is what the status shows: a folder or
 * {@code built-in}), its connections, the local store, where to listen ({@code port} 0 picks a free port) and the
 * clock relative dates are computed with.
 */
public record WebSettings(SemanticProject project, String projectName, EngineConfig connections, Path store,
        String bind, int port, Clock clock) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WebSettings {
        requireNonNull(project, "project is null");
        requireNonNull(projectName, "projectName is null");
        requireNonNull(connections, "connections is null");
        requireNonNull(store, "store is null");
        requireNonNull(bind, "bind is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        requireNonNull(clock, "clock is null");
    }

    /** The built-in settings for tests and tools: no connections file, 127.0.0.1, a free port. */
    public static WebSettings of(SemanticProject project, Path store, Clock clock) {
        return new WebSettings(project, "built-in", EngineConfig.empty(), store, DEFAULT_BIND, 0, clock);
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(project, projectName, connections, store, bind, newPort, clock);
    }
}
