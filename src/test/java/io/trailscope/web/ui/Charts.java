package io.trailscope.web.ui;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Clicks on ECharts marks where a person would: at the pixel ECharts drew them. */
final class Charts {
    private Charts() {
    }

    /** Clicks the middle of data item (a bar, a pie slice, a line point, a map point) {@code dataIndex} of series {@code seriesIndex} in the chart container. */
    static void clickItem(Browser browser, WebElement chart, int seriesIndex, int dataIndex) {
        // Offsets count from the element's in-view centre: the whole chart must be on screen.
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", chart);
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.script("""
                const chart = echarts.getInstanceByDom(arguments[0]);
                const data = chart.getModel().getSeriesByIndex(arguments[1]).getData();
                const layout = data.getItemLayout(arguments[2]);
                if (layout && layout.width !== undefined) return [layout.x + layout.width / 2, layout.y + layout.height / 2];
                if (layout && layout.startAngle !== undefined) {
                  const angle = (layout.startAngle + layout.endAngle) / 2;
                  const radius = ((layout.r0 || 0) + layout.r) / 2;
                  return [layout.cx + radius * Math.cos(angle), layout.cy + radius * Math.sin(angle)];
                }
                if (layout && layout.length === 2) return [Number(layout[0]), Number(layout[1])];
                const symbol = data.getItemGraphicEl(arguments[2]);
                return symbol ? [symbol.x, symbol.y] : null;
                """, chart, seriesIndex, dataIndex);
        if (point == null) {
            throw new AssertionError("no layout for series " + seriesIndex + " item " + dataIndex);
        }
        int width = chart.getRect().getWidth();
        int height = chart.getRect().getHeight();
        int x = (int) Math.round(point.get(0).doubleValue() - width / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - height / 2.0);
        new Actions(browser.driver()).moveToElement(chart, x, y).click().perform();
    }
}
