package io.trailscope.web.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** When a browser test fails: a screenshot and the page source in target/ui-failures/, named after the test. */
final class FailureCapture implements TestWatcher {
    static final Path FOLDER = Path.of("target", "ui-failures");

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        UiSession.current(context).ifPresent(session -> save(session.browser().driver(), name(context)));
    }

    static String name(ExtensionContext context) {
        return (context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName())
                .replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    static void save(WebDriver driver, String name) {
        try {
            Files.createDirectories(FOLDER);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(FOLDER.resolve(name + ".png"), png);
            Files.writeString(FOLDER.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save the failure capture of " + name + ": " + e);
        }
    }
}
