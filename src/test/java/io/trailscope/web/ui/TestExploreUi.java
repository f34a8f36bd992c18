package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestExploreUi {
    private static final String EVENT_NAME = "cloudtrail_logs.event_name";
    private static final String EVENTS = "cloudtrail_logs.events";

    @Test
    void buildRunChartAndDownloadAnExplore(UiSession session) throws IOException {
        Browser browser = session.browser();
        browser.open(session.url("/"));
        browser.waiting().until(d -> !browser.allByTestId("explore-link").isEmpty());
        browser.driver().findElement(By.cssSelector("[data-testid=\"explore-link\"][data-name=\"cloudtrail_logs\"]")).click();

        WebElement search = browser.byTestId("field-search");
        search.sendKeys("event name");
        browser.byTestId("field-" + EVENT_NAME).click();
        search.sendKeys(Keys.ESCAPE);
        browser.byTestId("field-" + EVENTS).click();
        browser.byTestId("filter-by-" + EVENT_NAME).click();
        WebElement filter = browser.byTestId("explore-filter-" + EVENT_NAME);
        filter.sendKeys("Describe%", Keys.TAB);
        browser.byTestId("sort-" + EVENTS).click();
        browser.byTestId("run").click();

        WebElement results = browser.byTestId("explore-results");
        browser.waiting().until(d -> "ready".equals(results.getDomAttribute("data-state")));
        List<WebElement> rows = results.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty();
        List<String> names = rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
        assertThat(names).allSatisfy(name -> assertThat(name).startsWith("Describe"));
        List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(2).getText().replace(",", ""))).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        assertThat(browser.driver().getCurrentUrl()).contains("q=");

        browser.byTestId("sql-panel").findElement(By.tagName("summary")).click();
        WebElement sql = browser.byTestId("sql");
        browser.waiting().until(d -> sql.getText().contains("SELECT"));
        assertThat(sql.getText()).contains("LIKE");

        new Select(browser.byTestId("vis-select")).selectByValue("looker_column");
        browser.waiting().until(d -> !results.findElements(By.cssSelector(".vis.chart[data-rendered=\"true\"] canvas")).isEmpty());
        Screens.save(browser, "explore");

        browser.byTestId("download-csv").click();
        Path csv = browser.waiting().until(d -> downloaded(browser.downloads(), ".csv"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("Event Name").contains("Events");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines.get(1)).startsWith(names.get(0) + ",");
    }

    @Test
    void theExplorePageListsTheExploresAndTheNavLinkGoesThere(UiSession session) {
        Browser browser = session.browser();
        browser.open(session.url("/explore"));
        browser.waiting().until(d -> !browser.allByTestId("explore-link").isEmpty());
        assertThat(browser.allByTestId("explore-link").stream().map(link -> link.getDomAttribute("data-name")).toList())
                .containsExactly("cloudtrail_logs", "user_login_facts", "user_ip_facts");
        assertThat(browser.driver().getTitle()).isEqualTo("Explore · trailscope");
        assertThat(browser.byTestId("nav-explore").getDomAttribute("href")).isEqualTo("/explore");

        browser.driver().findElement(By.cssSelector("[data-testid=\"explore-link\"][data-name=\"user_login_facts\"]")).click();
        browser.waiting().until(d -> !browser.allByTestId("field-search").isEmpty());
        assertThat(browser.driver().getCurrentUrl()).endsWith("/explore/cloudtrail/user_login_facts");
        browser.byTestId("nav-explore").click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/explore") && !browser.allByTestId("explore-link").isEmpty());
    }

    @Test
    void aTileOpensInTheExploreWithItsQuery(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "general_operations?Date=last+7+days");
        int tileRows = page.tile("Top Events (Full Detail)").findElements(By.cssSelector("tbody tr")).size();
        String href = page.tile("Top Events (Full Detail)").findElement(By.cssSelector(Browser.testId("explore-from-here")))
                .getDomProperty("href");
        browser.open(href);
        WebElement results = browser.byTestId("explore-results");
        browser.waiting().until(d -> "ready".equals(results.getDomAttribute("data-state")));
        assertThat(results.findElements(By.cssSelector("tbody tr"))).hasSize(tileRows);
        assertThat(browser.byTestId("selected-fields").getText()).contains("Event Name");
        assertThat(browser.byTestId("explore-filters").findElements(By.cssSelector("input"))
                .stream().map(i -> i.getDomProperty("value")).toList()).contains("last 7 days");
    }

    static Path downloaded(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
