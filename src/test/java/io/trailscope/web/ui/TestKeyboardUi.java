package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The keyboard alone: theme, shortcut help, field search, run, drill from a cell, close dialogs. */
@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestKeyboardUi {
    @Test
    void theShortcutsWorkFromTheKeyboard(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "general_operations?Date=last+14+days");
        String before = theme(browser);
        press(browser, "t");
        browser.waiting().until(d -> !theme(browser).equals(before));
        press(browser, "t");
        browser.waiting().until(d -> theme(browser).equals(before.isEmpty() ? "light" : before));

        press(browser, "?");
        assertThat(browser.byTestId("shortcuts").getText()).contains("Ctrl+Enter");
        press(browser, Keys.ESCAPE.toString());
        browser.waiting().until(d -> browser.allByTestId("shortcuts").isEmpty());

        WebElement cell = page.tile("Top Events (Full Detail)").findElement(By.cssSelector(Browser.testId("drill-cell")));
        browser.script("arguments[0].focus()", cell);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.byTestId("drill-modal");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> browser.allByTestId("drill-modal").isEmpty());

        browser.open(session.url("/explore/cloudtrail/cloudtrail_logs"));
        browser.byTestId("field-search");
        press(browser, "/");
        browser.waiting().until(d -> "field-search".equals(d.switchTo().activeElement().getDomAttribute("data-testid")));
        browser.driver().switchTo().activeElement().sendKeys("event name");
        browser.byTestId("field-cloudtrail_logs.event_name").click();
        browser.byTestId("field-search").sendKeys(Keys.ESCAPE);
        browser.byTestId("field-cloudtrail_logs.events").click();
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        WebElement results = browser.byTestId("explore-results");
        browser.waiting().until(d -> "ready".equals(results.getDomAttribute("data-state")));
        assertThat(results.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    }

    private static String theme(Browser browser) {
        Object theme = browser.script("return document.documentElement.dataset.theme || ''");
        return String.valueOf(theme);
    }

    private static void press(Browser browser, String key) {
        browser.script("document.activeElement && document.activeElement.blur()");
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
