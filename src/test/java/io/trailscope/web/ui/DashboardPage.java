package io.trailscope.web.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A dashboard page in the browser: waits for its tiles and reads their states. */
final class DashboardPage {
    private final Browser browser;

    DashboardPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code /dashboards/name?query} and waits until no tile is loading. */
    DashboardPage open(UiSession session, String nameAndQuery) {
        browser.open(session.url("/dashboards/" + nameAndQuery));
        browser.byTestId("dashboard-grid");
        waitForTiles();
        return this;
    }

    void waitForTiles() {
        browser.waiting().until(driver -> {
            List<WebElement> tiles = tiles();
            return !tiles.isEmpty() && tiles.stream().noneMatch(tile -> "loading".equals(tile.getDomAttribute("data-state")));
        });
    }

    List<WebElement> tiles() {
        return browser.allByTestId("tile");
    }

    WebElement tile(String name) {
        return browser.driver().findElement(By.cssSelector("[data-testid=\"tile\"][data-tile=\"" + name + "\"]"));
    }

    /** Tile name → state (ready or error), in page order. */
    Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        for (WebElement tile : tiles()) {
            states.put(tile.getDomAttribute("data-tile"), tile.getDomAttribute("data-state"));
        }
        return states;
    }

    /** Waits for a tile to be ready, then for its chart (if it has one) to have finished drawing. */
    WebElement readyChart(String name) {
        return browser.waiting().until(driver -> {
            WebElement tile = tile(name);
            List<WebElement> charts = tile.findElements(By.cssSelector(".vis.chart[data-rendered=\"true\"]"));
            return "ready".equals(tile.getDomAttribute("data-state")) && !charts.isEmpty() ? charts.get(0) : null;
        });
    }

    String singleValue(String name) {
        return tile(name).findElement(By.cssSelector(Browser.testId("single-value"))).getText();
    }
}
