package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestDrillUi {
    @Test
    void clickingABarDrillsIntoItsRowsAndARowOpensTheRawEvent(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "general_operations");
        WebElement chart = page.readyChart("Top 10 Events");
        String topEvent = (String) browser.script(
                "return echarts.getInstanceByDom(arguments[0]).getOption().yAxis[0].data[0]", chart);
        Charts.clickItem(browser, chart, 0, 0);

        WebElement modal = browser.byTestId("drill-modal");
        assertThat(modal.findElement(By.className("modal-title")).getText()).contains(topEvent);
        WebElement table = browser.waiting().until(d -> modal.findElement(By.cssSelector(Browser.testId("data-table"))));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty();
        String count = browser.byTestId("drill-count").getText();
        assertThat(count).matches("\\d+\\+? rows");
        Screens.save(browser, "drill");

        WebElement eventLink = modal.findElement(By.cssSelector(Browser.testId("event-link")));
        String eventId = eventLink.getText();
        eventLink.click();
        WebElement json = browser.byTestId("event-json");
        assertThat(json.getText()).contains("\"eventID\": \"" + eventId + "\"").contains("\"eventName\": \"" + topEvent + "\"");
        assertThat(browser.byTestId("event-source").getText()).isNotBlank();
        Screens.save(browser, "event");
        browser.byTestId("copy-json").click();

        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> browser.allByTestId("event-modal").isEmpty());
        assertThat(browser.allByTestId("drill-modal")).hasSize(1);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> browser.allByTestId("drill-modal").isEmpty());
    }

    @Test
    void aSingleValueDrillsWithTheDashboardFilters(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "security_overview?Date=last+7+days");
        String events = page.singleValue("Events");
        page.tile("Events").findElement(By.cssSelector(Browser.testId("single-value"))).click();
        WebElement modal = browser.byTestId("drill-modal");
        browser.waiting().until(d -> !modal.findElements(By.cssSelector(Browser.testId("drill-count"))).isEmpty());
        int total = Integer.parseInt(events.replace(",", ""));
        String expected = total > 500 ? "500+ rows" : total + " rows";
        assertThat(browser.byTestId("drill-count").getText()).isEqualTo(expected);
        modal.findElement(By.cssSelector(Browser.testId("modal-close"))).click();
    }
}
