package io.trailscope.web.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/** Screenshots for a person to look at (target/ui-screens/), taken only with -Dtrailscope.uiScreens=true. */
final class Screens {
    static final Path FOLDER = Path.of("target", "ui-screens");

    private Screens() {
    }

    static void save(Browser browser, String name) {
        if (!Boolean.getBoolean("trailscope.uiScreens")) {
            return;
        }
        try {
            Files.createDirectories(FOLDER);
            // The whole page, not only the window: grow the window to the page's height for the shot.
            Dimension window = browser.driver().manage().window().getSize();
            long height = (Long) browser.script("return Math.ceil(document.documentElement.scrollHeight)");
            browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(6000, height + 100)));
            try {
                Files.write(FOLDER.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.driver().manage().window().setSize(window);
            }
        } catch (IOException e) {
            System.err.println("could not save screenshot " + name + ": " + e);
        }
    }
}
