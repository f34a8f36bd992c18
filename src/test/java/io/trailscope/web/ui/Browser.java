package io.trailscope.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium for every browser test of the JVM, offline, downloading into a temporary folder. */
final class Browser implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path downloads;
    private final Path profile;

    Browser() {
        Chromium.requireInstalled();
        // Without this property Selenium Manager looks for drivers on the internet and sends statistics.
        System.setProperty("webdriver.chrome.driver", Chromium.DRIVER.toString());
        try {
            profile = Files.createTempDirectory("trailscope-chrome-profile");
            downloads = Files.createTempDirectory("trailscope-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BROWSER.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile);
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("download.default_directory", downloads.toString());
        preferences.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", preferences);
        driver = new ChromeDriver(options);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement byTestId(String id) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(testId(id))));
    }

    List<WebElement> allByTestId(String id) {
        return driver.findElements(By.cssSelector(testId(id)));
    }

    static String testId(String id) {
        return "[data-testid=\"" + id + "\"]";
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
