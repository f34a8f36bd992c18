package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Opening a dashboard again shows the kept results, marked cached; Reload runs every tile again. */
@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestResultCacheUi {
    @Test
    void aSecondVisitIsCachedAndReloadRunsAgain(UiSession session) {
        Browser browser = session.browser();
        DashboardPage page = new DashboardPage(browser).open(session, "security_overview?Date=2+days");
        String events = page.singleValue("Events");
        page.open(session, "security_overview?Date=2+days");
        assertThat(cachedMarks(page)).isNotEmpty().containsOnly("true");
        assertThat(page.tile("Events").findElement(By.cssSelector(Browser.testId("tile-meta"))).getDomProperty("textContent"))
                .endsWith("· cached");
        assertThat(page.singleValue("Events")).isEqualTo(events);

        browser.byTestId("reload").click();
        page.waitForTiles();
        assertThat(cachedMarks(page)).isNotEmpty().containsOnly("false");
        assertThat(page.singleValue("Events")).isEqualTo(events);
    }

    private static List<String> cachedMarks(DashboardPage page) {
        List<String> marks = new ArrayList<>();
        for (WebElement tile : page.tiles()) {
            for (WebElement meta : tile.findElements(By.cssSelector(Browser.testId("tile-meta")))) {
                String cached = meta.getDomAttribute("data-cached");
                if (cached != null) {
                    marks.add(cached);
                }
            }
        }
        return marks;
    }
}
