package io.trailscope.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Data stays text: markup in event fields never becomes markup in the page. */
@ExtendWith({UiSession.Extension.class, FailureCapture.class})
final class TestSafetyUi {
    @Test
    void markupInEventFieldsStaysText(UiSession session) {
        Browser browser = session.browser();
        String query = """
                {"model":"cloudtrail","explore":"cloudtrail_logs","fields":["cloudtrail_logs.event_id","cloudtrail_logs.event_name",
                 "cloudtrail_logs.user_agent","cloudtrail_logs.events"],
                 "filters":{"cloudtrail_logs.event_id":"%s"},"sorts":[],"limit":10}""".formatted(UiStore.HOSTILE_EVENT_ID);
        browser.open(session.url("/explore/cloudtrail/cloudtrail_logs?vis=looker_bar&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        WebElement results = browser.byTestId("explore-results");
        browser.waiting().until(d -> "ready".equals(results.getDomAttribute("data-state")));
        List<WebElement> cells = results.findElements(By.cssSelector("tbody tr td"));
        assertThat(cells).extracting(WebElement::getText).contains(UiStore.HOSTILE_NAME);
        browser.waiting().until(d -> !results.findElements(By.cssSelector(".vis.chart[data-rendered=\"true\"]")).isEmpty());

        results.findElement(By.cssSelector(Browser.testId("event-link"))).click();
        WebElement json = browser.byTestId("event-json");
        assertThat(json.getText()).contains(UiStore.HOSTILE_USER).contains("\"eventName\": \"<img src=x onerror=\\\"window.__xss=1\\\">\"");
        assertNoInjectedMarkup(browser);
        browser.byTestId("modal-close").click();
    }

    @Test
    void markdownIsRenderedSafely(UiSession session) {
        Browser browser = session.browser();
        browser.open(session.url("/"));
        String html = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/static/js/core/markdown.js').then((m) => done(m.renderMarkdown(arguments[0]).innerHTML),
                    (e) => done('failed: ' + e));
                """, """
                ## Heading <b>x</b>
                Some **bold**, *italic* and `code <i>`, <img src=x onerror=alert(1)>
                [bad](javascript:void) [good](https://db-ip.com)

                - one
                - two
                1. first
                """);
        assertThat(html).isEqualTo("<h4>Heading &lt;b&gt;x&lt;/b&gt;</h4>"
                + "<p>Some <strong>bold</strong>, <em>italic</em> and <code>code &lt;i&gt;</code>, &lt;img src=x onerror=alert(1)&gt; "
                + "bad <a href=\"https://db-ip.com\" target=\"_blank\" rel=\"noopener noreferrer\">good</a></p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>");
    }

    @Test
    void valueFormatsAreLookers(UiSession session) {
        Browser browser = session.browser();
        browser.open(session.url("/"));
        @SuppressWarnings("unchecked")
        List<String> formatted = (List<String>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/static/js/core/format.js').then((f) => done([
                  f.formatValue(1234.5, {valueFormatName: 'decimal_0'}),
                  f.formatValue(0.12345, {valueFormatName: 'percent_2'}),
                  f.formatValue(3, {valueFormatName: 'usd'}),
                  f.formatValue(123456789012, {valueFormatName: 'id'}),
                  f.formatValue(1234567, {type: 'count'}),
                  f.formatValue(2024, {type: 'year', role: 'dimension'}),
                  f.formatValue(null, {}),
                  f.formatValue(true, {type: 'yesno'}),
                  f.formatValue('<b>', {type: 'string'}),
                ]), (e) => done(['failed: ' + e]));
                """);
        assertThat(formatted).containsExactly("1,235", "12.35%", "$3.00", "123456789012", "1,234,567", "2024", "∅", "Yes", "<b>");
    }

    private static void assertNoInjectedMarkup(Browser browser) {
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector("img[src='x'], main script"))).isEmpty();
    }
}
