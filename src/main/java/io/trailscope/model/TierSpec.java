package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/** {@code tiers: [0, 10, 20]} with a {@code style:} (classic, interval, integer, relational). Bounds ascend. */
public record TierSpec(List<BigDecimal> bounds, TierStyle style) {
    public TierSpec {
        bounds = List.copyOf(bounds);
        requireNonNull(style, "style is null");
    }
}
