package io.trailscope.query.result;

import io.trailscope.query.SortSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Sorts rows in Java the way the SQL would, for rows added by fill_fields (NULL last either way). */
final class RowOrder {
    private RowOrder() {}

    /**
     * A comparator over items, from the sorts whose field {@code value} can read ({@code value} returns an index
     * into the item, or -1 when the sort does not apply here).
     */
    static <T> Comparator<T> of(List<SortSpec> sorts, ResultLayout layout, Function<String, Integer> position,
            Function<T, List<Object>> values) {
        List<Comparator<T>> parts = new ArrayList<>();
        for (SortSpec sort : sorts) {
            int at = position.apply(sort.field());
            if (at < 0) {
                continue;
            }
            Comparator<Object> order = ValueOrder.of(layout.column(sort.field()).flatMap(LayoutColumn::timeframe),
                    layout.weekStart());
            Comparator<Object> directed = sort.descending() ? Comparator.nullsLast(reversedNonNull(order)) : order;
            parts.add((left, right) -> directed.compare(values.apply(left).get(at), values.apply(right).get(at)));
        }
        return (left, right) -> {
            for (Comparator<T> part : parts) {
                int result = part.compare(left, right);
                if (result != 0) {
                    return result;
                }
            }
            return 0;
        };
    }

    private static Comparator<Object> reversedNonNull(Comparator<Object> order) {
        return (left, right) -> order.compare(right, left);
    }
}
