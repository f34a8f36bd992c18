package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestDashboardsUi {
    private static final List<String> DASHBOARDS = List.of("accounts_and_regions", "console_login_overview",
            "ec2_security_group_modifications", "error_overview", "general_operations", "investigate",
            "operational_account_activity", "security_overview");

    @Test
    void homeListsEveryDashboardAndTheStore(UiSession session) {
        Browser browser = session.browser();
        browser.open(session.url("/"));
        browser.waiting().until(d -> browser.allByTestId("dashboard-link").size() == DASHBOARDS.size());
        List<String> names = browser.allByTestId("dashboard-link").stream().map(e -> e.getDomAttribute("data-name")).sorted().toList();
        assertThat(names).isEqualTo(DASHBOARDS);
        WebElement events = browser.byTestId("status-events");
        browser.waiting().until(d -> !events.getText().isBlank());
        assertThat(events.getText()).isEqualTo(thousands(UiStore.EVENTS));
        assertThat(browser.byTestId("ingest-help").getText()).contains("trailscope ingest");
        WebElement attribution = browser.byTestId("geo-attribution");
        browser.waiting().until(d -> !attribution.getText().isBlank());
        assertThat(attribution.getText()).contains("DB-IP");
    }

    @Test
    void everyTileOfEveryDashboardRendersWithoutError(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser);
        for (String dashboard : DASHBOARDS) {
            page.open(session, dashboard);
            Map<String, String> states = page.states();
            assertThat(states).as(dashboard).isNotEmpty();
            assertThat(states).as(dashboard + " tile states").allSatisfy((tile, state) -> assertThat(state).as(tile).isEqualTo("ready"));
            for (WebElement tile : page.tiles()) {
                String type = tile.getDomAttribute("data-type");
                if (type.startsWith("looker_")) {
                    String name = tile.getDomAttribute("data-tile");
                    List<WebElement> empty = tile.findElements(By.cssSelector(".empty"));
                    if (empty.isEmpty()) {
                        assertThat(page.readyChart(name).findElements(By.tagName("canvas"))).as(dashboard + " / " + name).isNotEmpty();
                    }
                }
            }
            Screens.save(browser, "dashboard-" + dashboard);
        }
    }

    @Test
    void theDateFilterChangesTheNumbersAndLivesInTheUrl(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "security_overview");
        assertThat(page.singleValue("Events")).isEqualTo(thousands(UiStore.EVENTS));
        new Select(browser.byTestId("date-preset-date")).selectByValue("last 7 days");
        browser.waiting().until(d -> d.getCurrentUrl().contains("Date=last+7+days"));
        page.waitForTiles();
        String lastWeek = page.singleValue("Events");
        assertThat(lastWeek).isNotEqualTo(thousands(UiStore.EVENTS));
        assertThat(Integer.parseInt(lastWeek.replace(",", ""))).isBetween(1, UiStore.EVENTS - 1);

        browser.open(session.url("/dashboards/security_overview?Date=last+7+days"));
        page.waitForTiles();
        assertThat(page.singleValue("Events")).isEqualTo(lastWeek);
        assertThat(new Select(browser.byTestId("date-preset-date")).getFirstSelectedOption().getText()).isEqualTo("Last 7 days");
    }

    @Test
    void aTileThatFailsShowsItsErrorWhileTheOthersRender(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "ec2_security_group_modifications?Date=not+a+date");
        Map<String, String> states = page.states();
        assertThat(states).containsEntry("identify_modifications", "ready").containsEntry("what_the_table_tells", "ready")
                .containsEntry("Security Group Modifications", "error");
        WebElement error = page.tile("Security Group Modifications").findElement(By.cssSelector(Browser.testId("tile-error")));
        assertThat(error.getText()).contains("not a date");
    }

    @Test
    void clickingADimensionValueFiltersTheDashboard(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "investigate");
        WebElement cell = page.tile("Actors").findElement(By.cssSelector(Browser.testId("filter-cell")));
        String actor = cell.getText();
        cell.click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("Actor="));
        page.waitForTiles();
        assertThat(browser.byTestId("filter-input-actor").getDomProperty("value")).isEqualTo(actor.replaceAll("([\\^,%_\"])", "^$1"));
        List<WebElement> actors = page.tile("Actors").findElements(By.cssSelector(Browser.testId("filter-cell")));
        assertThat(actors).extracting(WebElement::getText).containsOnly(actor);
    }

    @Test
    void aFieldFilterSuggestsValuesAndFiltersTheTiles(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "accounts_and_regions");
        browser.byTestId("filter-input-region").click();
        WebElement suggestions = browser.byTestId("suggestions-region");
        browser.waiting().until(d -> suggestions.isDisplayed() && !suggestions.findElements(By.tagName("li")).isEmpty());
        List<String> values = suggestions.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertThat(values).contains("us-east-1", "eu-west-1").doesNotHaveDuplicates();
        suggestions.findElements(By.tagName("li")).get(values.indexOf("eu-west-1")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("Region=eu-west-1"));
        page.waitForTiles();
        List<WebElement> regionCells = page.tile("Regions").findElements(By.cssSelector("tbody tr td:nth-child(2)"));
        assertThat(regionCells).extracting(WebElement::getText).containsExactly("eu-west-1");
    }

    @Test
    void darkThemeFollowsTheToggle(UiSession session) {
        Browser browser = session.browser();
        new DashboardPage(browser).open(session, "general_operations");
        browser.byTestId("theme-toggle").click();
        String theme = (String) browser.script("return document.documentElement.dataset.theme");
        assertThat(theme).isIn("dark", "light");
        new DashboardPage(browser).readyChart("Top 10 Events");
        Screens.save(browser, "theme-" + theme + "-general_operations");
        browser.byTestId("theme-toggle").click();
        assertThat(browser.script("return document.documentElement.dataset.theme")).isNotEqualTo(theme);
    }

    static String thousands(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
