package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Where a tile sits on a {@code newspaper} layout: a 24-column grid. */
public record ElementLayout(Optional<Integer> row, Optional<Integer> col, Optional<Integer> width,
        Optional<Integer> height) {
    public ElementLayout {
        requireNonNull(row, "row is null");
        requireNonNull(col, "col is null");
        requireNonNull(width, "width is null");
        requireNonNull(height, "height is null");
    }
}
