package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The time zone moves hourly buckets, lives in the URL, and a reloaded link shows the same numbers. */
@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestTimeZoneUi {
    private static final String TILE = "Events by Hour of Day, Day of Week";
    private static final String SERIES_DATA = "return JSON.stringify(echarts.getInstanceByDom(arguments[0]).getOption()"
            + ".series.map((s) => [s.name, s.data]))";

    @Test
    void theTimeZoneMovesHourlyBucketsAndReloadsTheSame(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "general_operations?Date=2024-05-06+to+2024-05-13&tz=UTC");
        String utc = seriesData(browser, page);

        page.open(session, "general_operations?Date=2024-05-06+to+2024-05-13&tz=Asia%2FTokyo");
        assertThat(browser.byTestId("time-zone").getDomProperty("value")).isEqualTo("Asia/Tokyo");
        String tokyo = seriesData(browser, page);
        assertThat(tokyo).isNotEqualTo(utc);

        browser.driver().navigate().refresh();
        page.waitForTiles();
        assertThat(seriesData(browser, page)).isEqualTo(tokyo);

        WebElement zone = browser.byTestId("time-zone");
        zone.sendKeys(Keys.chord(Keys.CONTROL, "a"), "UTC", Keys.ENTER);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("Tokyo"));
        page.waitForTiles();
        browser.waiting().until(d -> seriesData(browser, page).equals(utc));
        assertThat(browser.driver().getCurrentUrl()).contains("Date=2024-05-06+to+2024-05-13");
    }

    private static String seriesData(Browser browser, DashboardPage page) {
        return (String) browser.script(SERIES_DATA, page.readyChart(TILE));
    }
}
