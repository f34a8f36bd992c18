package io.trailscope.web.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the system's Chromium and chromedriver are (Debian's paths, or {@code -Dtrailscope.chromium=...} and
 * {@code -Dtrailscope.chromedriver=...}). Absent browsers fail the tests (CI installs them), unless
 * {@code -Dtrailscope.skipBrowser=true} asks to skip them.
 */
final class Chromium {
    static final Path BROWSER = Path.of(System.getProperty("trailscope.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("trailscope.chromedriver", "/usr/bin/chromedriver"));
    static final String SKIP_PROPERTY = "trailscope.skipBrowser";

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Why the browser tests are skipped: Chromium is missing and -Dtrailscope.skipBrowser=true says that is fine. */
    static Optional<String> skipReason() {
        if (installed() || !Boolean.getBoolean(SKIP_PROPERTY)) {
            return Optional.empty();
        }
        return Optional.of("skipped because -D" + SKIP_PROPERTY + "=true: " + missing());
    }

    static void requireInstalled() {
        if (!installed()) {
            fail(missing() + "; pass -D" + SKIP_PROPERTY + "=true to skip them");
        }
    }

    private static String missing() {
        return "browser tests need " + BROWSER + " and " + DRIVER
                + " (apt-get install chromium chromium-driver; .ci/run installs them)";
    }
}
