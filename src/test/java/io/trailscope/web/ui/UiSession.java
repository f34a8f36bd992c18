package io.trailscope.web.ui;

import io.trailscope.block.BuiltInBlock;
import io.trailscope.dashboard.Projects;
import io.trailscope.web.WebServer;
import io.trailscope.web.WebSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One store, one server and one browser for every browser test of the JVM, closed when the test plan ends.
 * Test classes get it with {@code @ExtendWith(UiSession.Extension.class)} and a {@code UiSession} parameter.
 */
final class UiSession implements AutoCloseable {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(UiSession.class);

    private final Path folder;
    private final WebServer server;
    private final Browser browser;

    private UiSession() {
        Chromium.requireInstalled();
        try {
            folder = Files.createTempDirectory("trailscope-ui");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path store = UiStore.create(folder);
        // The block from a folder: on the test class path, test-classes/io/trailscope/block shadows the built-in one.
        Path block = BuiltInBlock.extractTo(folder.resolve("block"));
        server = WebServer.start(WebSettings.of(Projects.load(Optional.of(block)), store, UiStore.NOW));
        Browser started;
        try {
            started = new Browser();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        browser = started;
    }

    Browser browser() {
        return browser;
    }

    /** An absolute URL on the server: {@code url("/dashboards/x")}. */
    String url(String path) {
        String base = server.url();
        return base.substring(0, base.length() - 1) + path;
    }

    static Optional<UiSession> current(ExtensionContext context) {
        return Optional.ofNullable(context.getRoot().getStore(NAMESPACE).get(UiSession.class, UiSession.class));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
            Browser.deleteQuietly(folder);
        }
    }

    /** Skips the tests when asked to without Chromium; starts the session on first use; resolves parameters. */
    static final class Extension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Chromium.skipReason().map(ConditionEvaluationResult::disabled)
                    .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium is installed, or its absence fails the tests"));
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            session(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == UiSession.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return session(context);
        }

        private static UiSession session(ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(UiSession.class, key -> new UiSession(), UiSession.class);
        }
    }
}
