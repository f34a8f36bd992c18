package io.trailscope.web;

import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.ElementLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Newspaper positions (24 columns) for every tile: what the LookML says, and for the rest Looker's flow: 8 wide,
 * 6 high, left to right below the tiles that have a position.
 */
final class TileLayout {
    static final int COLUMNS = 24;
    static final int DEFAULT_WIDTH = 8;
    static final int DEFAULT_HEIGHT = 6;

    record Placed(int row, int col, int width, int height) {}

    private TileLayout() {}

    static List<Placed> place(List<DashboardElement> elements) {
        int bottom = 0;
        for (DashboardElement element : elements) {
            ElementLayout layout = element.layout();
            if (layout.row().isPresent()) {
                bottom = Math.max(bottom, layout.row().get() + layout.height().orElse(DEFAULT_HEIGHT));
            }
        }
        List<Placed> placed = new ArrayList<>();
        int row = bottom;
        int col = 0;
        int rowHeight = 0;
        for (DashboardElement element : elements) {
            ElementLayout layout = element.layout();
            int width = Math.max(1, Math.min(COLUMNS, layout.width().orElse(DEFAULT_WIDTH)));
            int height = Math.max(1, layout.height().orElse(DEFAULT_HEIGHT));
            if (layout.row().isPresent()) {
                placed.add(new Placed(layout.row().get(), Math.min(layout.col().orElse(0), COLUMNS - width), width,
                        height));
                continue;
            }
            if (col + width > COLUMNS) {
                row += rowHeight;
                col = 0;
                rowHeight = 0;
            }
            placed.add(new Placed(row, col, width, height));
            col += width;
            rowHeight = Math.max(rowHeight, height);
        }
        return placed;
    }
}
