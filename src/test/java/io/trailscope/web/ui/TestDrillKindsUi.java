package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A click on a slice, a line point, a map point, a country and a table cell opens the drill of what was clicked. */
@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestDrillKindsUi {
    private static final String COUNTRY_PIXEL = """
            const chart = echarts.getInstanceByDom(arguments[0]);
            const series = chart.getModel().getSeriesByIndex(0);
            const name = series.getData().getName(arguments[1]);
            const region = series.coordinateSystem.getRegion(name);
            return region ? series.coordinateSystem.dataToPoint(region.getCenter()) : null;
            """;

    @Test
    void aPieSliceDrillsIntoItsRows(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "error_overview?Date=last+14+days");
        WebElement chart = page.readyChart("Errors by User Type");
        Charts.clickItem(browser, chart, 0, 0);
        assertDrillOf(browser, itemName(browser, chart, 0, 0), itemValue(browser, chart, 0, 0));
    }

    @Test
    void aLinePointDrillsIntoItsRows(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "general_operations?Date=last+14+days");
        WebElement chart = page.readyChart("EC2 Instance Changes");
        // The last series is drawn on top: a point of it is what a click there hits, even where lines meet.
        int top = ((Number) browser.script("return echarts.getInstanceByDom(arguments[0]).getOption().series.length - 1",
                chart)).intValue();
        int item = firstNonZero(browser, chart, top);
        Charts.clickItem(browser, chart, top, item);
        assertDrillOf(browser, seriesName(browser, chart, top), itemValue(browser, chart, top, item));
    }

    @Test
    void aMapPointAndACountryDrillIntoTheirRows(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "console_login_overview?Date=last+14+days");
        WebElement points = page.readyChart("Login Locations");
        Charts.clickItem(browser, points, 0, 0);
        assertDrillOf(browser, "", itemValue(browser, points, 0, 0));
        closeDrill(browser);

        WebElement countries = page.readyChart("User Login Geolocation");
        int item = firstNonZero(browser, countries, 0);
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", countries);
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) browser.script(COUNTRY_PIXEL, countries, item);
        assertThat(pixel).as("the country's centre on the map").isNotNull();
        int x = (int) Math.round(pixel.get(0).doubleValue() - countries.getRect().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - countries.getRect().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(countries, x, y).click().perform();
        assertDrillOf(browser, itemName(browser, countries, 0, item), itemValue(browser, countries, 0, item));
    }

    @Test
    void aTableCellDrillsIntoItsRow(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "general_operations?Date=last+14+days");
        WebElement tile = browser.waiting().until(d -> {
            WebElement found = page.tile("Top Events (Full Detail)");
            return "ready".equals(found.getDomAttribute("data-state")) ? found : null;
        });
        WebElement row = tile.findElements(By.cssSelector("tbody tr")).get(0);
        String eventName = row.findElements(By.tagName("td")).get(1).getText();
        WebElement cell = row.findElement(By.cssSelector(Browser.testId("drill-cell")));
        long value = Long.parseLong(cell.getText().replace(",", ""));
        cell.click();
        assertDrillOf(browser, eventName, value);
    }

    private static void assertDrillOf(Browser browser, String title, long value) {
        WebElement modal = browser.byTestId("drill-modal");
        assertThat(modal.findElement(By.className("modal-title")).getText()).contains(title);
        browser.waiting().until(d -> !modal.findElements(By.cssSelector(Browser.testId("drill-count"))).isEmpty());
        assertThat(browser.byTestId("drill-count").getText()).isEqualTo(value > 500 ? "500+ rows" : value + " rows");
        assertThat(modal.findElements(By.cssSelector("tbody tr"))).hasSize((int) Math.min(value, 500));
    }

    private static void closeDrill(Browser browser) {
        browser.byTestId("drill-modal").findElement(By.cssSelector(Browser.testId("modal-close"))).click();
        browser.waiting().until(d -> browser.allByTestId("drill-modal").isEmpty());
    }

    private static String itemName(Browser browser, WebElement chart, int series, int item) {
        return (String) browser.script("return echarts.getInstanceByDom(arguments[0]).getModel()"
                + ".getSeriesByIndex(arguments[1]).getData().getName(arguments[2])", chart, series, item);
    }

    private static String seriesName(Browser browser, WebElement chart, int series) {
        return (String) browser.script("return echarts.getInstanceByDom(arguments[0]).getModel()"
                + ".getSeriesByIndex(arguments[1]).name", chart, series);
    }

    /** The measure value drawn for the item: the last number of its raw value. */
    private static long itemValue(Browser browser, WebElement chart, int series, int item) {
        Number value = (Number) browser.script("""
                const raw = echarts.getInstanceByDom(arguments[0]).getModel().getSeriesByIndex(arguments[1])
                    .getRawValue(arguments[2]);
                const v = Array.isArray(raw) ? raw[raw.length - 1] : (raw && raw.value !== undefined ? raw.value : raw);
                return Number(v);
                """, chart, series, item);
        return value.longValue();
    }

    private static int firstNonZero(Browser browser, WebElement chart, int series) {
        Number index = (Number) browser.script("""
                const series = echarts.getInstanceByDom(arguments[0]).getModel().getSeriesByIndex(arguments[1]);
                for (let i = 0; i < series.getData().count(); i++) {
                  const raw = series.getRawValue(i);
                  const v = Array.isArray(raw) ? raw[raw.length - 1] : raw;
                  if (Number(v) > 0) return i;
                }
                return -1;
                """, chart, series);
        assertThat(index.intValue()).as("an item with a value").isGreaterThanOrEqualTo(0);
        return index.intValue();
    }
}
