package io.trailscope.web.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the system's Chromium and chromedriver are. Absent browsers fail the tests (CI installs them), unless
 * {@code -Dtrailscope.skipBrowser=true} asks to skip them.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String SKIP_PROPERTY = "trailscope.skipBrowser";

    private Chromium() {
    }

    static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String missing = "browser tests need " + BROWSER + " and " + DRIVER
                + " (apt-get install chromium chromium-driver; .ci/run installs them)";
        if (Boolean.getBoolean(SKIP_PROPERTY)) {
            Assumptions.abort("skipped because -D" + SKIP_PROPERTY + "=true: " + missing);
        }
        fail(missing + "; pass -D" + SKIP_PROPERTY + "=true to skip them");
    }
}
