package io.trailscope.query.result;

import static java.util.Objects.requireNonNull;

import io.trailscope.query.time.Timeframe;
import java.util.Optional;

/** What the planner knows about one SQL result column: its id, role, timeframe (for filling and showing). */
public record LayoutColumn(String id, ColumnRole role, Optional<Timeframe> timeframe, Optional<String> label,
        Optional<String> valueFormatName) {
    public LayoutColumn {
        requireNonNull(id, "id is null");
        requireNonNull(role, "role is null");
        requireNonNull(timeframe, "timeframe is null");
        requireNonNull(label, "label is null");
        requireNonNull(valueFormatName, "valueFormatName is null");
    }
}
