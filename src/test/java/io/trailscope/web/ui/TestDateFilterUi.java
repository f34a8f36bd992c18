package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A date filter written the short Looker way ("7 days") shows its preset, and gives the preset's numbers. */
@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestDateFilterUi {
    @Test
    void shortSpellingsOfAPresetSelectThePreset(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "security_overview?Date=last+7+days");
        String lastWeek = page.singleValue("Events");
        for (String spelling : List.of("7+days", "Last+7+Days", "7%20%20days")) {
            page.open(session, "security_overview?Date=" + spelling);
            Select preset = new Select(browser.byTestId("date-preset-date"));
            assertThat(preset.getFirstSelectedOption().getText()).as(spelling).isEqualTo("Last 7 days");
            assertThat(page.singleValue("Events")).as(spelling).isEqualTo(lastWeek);
        }
        page.open(session, "security_overview?Date=3+days+ago+for+2+days");
        WebElement expression = browser.byTestId("filter-input-date");
        assertThat(new Select(browser.byTestId("date-preset-date")).getFirstSelectedOption().getText()).isEqualTo("Expression…");
        assertThat(expression.getDomProperty("value")).isEqualTo("3 days ago for 2 days");
    }
}
