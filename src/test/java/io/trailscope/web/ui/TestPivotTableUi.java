package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A pivoted table has Looker's two header rows: pivot values over the measures they split, measure labels below. */
@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestPivotTableUi {
    @Test
    void pivotValuesSitAboveTheirMeasures(UiSession session) {
        Browser browser = session.browser();
        String body = "{\"model\":\"cloudtrail\",\"explore\":\"cloudtrail_logs\",\"fields\":[\"cloudtrail_logs.aws_region\","
                + "\"cloudtrail_logs.user_type\",\"cloudtrail_logs.events\",\"cloudtrail_logs.errors\"],"
                + "\"pivots\":[\"cloudtrail_logs.user_type\"],\"sorts\":[\"cloudtrail_logs.aws_region\"]}";
        browser.open(session.url("/explore/cloudtrail/cloudtrail_logs?q=" + URLEncoder.encode(body, StandardCharsets.UTF_8)
                + "&vis=table"));
        browser.byTestId("run").click();
        WebElement results = browser.byTestId("explore-results");
        browser.waiting().until(d -> "ready".equals(results.getDomAttribute("data-state"))
                && !results.findElements(By.cssSelector(Browser.testId("pivot-header"))).isEmpty());
        List<WebElement> pivots = results.findElements(By.cssSelector(Browser.testId("pivot-header")));
        List<WebElement> measureRow = results.findElements(By.cssSelector("thead tr.pivot-measures th"));
        assertThat(pivots).hasSizeGreaterThan(1);
        assertThat(pivots).allSatisfy(th -> assertThat(th.getDomAttribute("colspan")).isEqualTo("2"));
        assertThat(measureRow).hasSize(pivots.size() * 2);
        assertThat(measureRow.get(0).getText()).isEqualTo("Events");
        assertThat(measureRow.get(1).getText()).isEqualTo("Errors");
        WebElement region = results.findElement(By.cssSelector("thead tr:first-child th[data-position=\"0\"]"));
        assertThat(region.getDomAttribute("rowspan")).isEqualTo("2");

        measureRow.get(0).findElement(By.tagName("button")).click();
        assertThat(measureRow.get(0).getDomAttribute("aria-sort")).isEqualTo("descending");
        assertThat(region.getDomAttribute("aria-sort")).isEqualTo("none");
        Screens.save(browser, "pivot-table");
    }
}
