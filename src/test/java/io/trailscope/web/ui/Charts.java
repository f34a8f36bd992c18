package io.trailscope.web.ui;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Clicks on ECharts marks where a person would: at the pixel ECharts drew them. */
final class Charts {
    private Charts() {
    }

    /** Clicks the middle of data item {@code dataIndex} of series {@code seriesIndex} in the chart container. */
    static void clickItem(Browser browser, WebElement chart, int seriesIndex, int dataIndex) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.script("""
                const chart = echarts.getInstanceByDom(arguments[0]);
                const layout = chart.getModel().getSeriesByIndex(arguments[1]).getData().getItemLayout(arguments[2]);
                if (layout && layout.width !== undefined) return [layout.x + layout.width / 2, layout.y + layout.height / 2];
                if (Array.isArray(layout)) return layout;
                return null;
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
