package io.trailscope.cloudtrail.generator;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Picks items with probability proportional to their weights (binary search over cumulative sums). */
final class WeightedPicker<T> {
    private final List<T> items;
    private final double[] cumulative;

    private WeightedPicker(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    /** Items with a weight of zero or less are never picked; empty when no item has weight. */
    static <T> Optional<WeightedPicker<T>> of(List<T> items, ToDoubleFunction<T> weight) {
        double[] cumulative = new double[items.size()];
        double total = 0;
        for (int index = 0; index < items.size(); index++) {
            total += Math.max(0, weight.applyAsDouble(items.get(index)));
            cumulative[index] = total;
        }
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WeightedPicker<>(List.copyOf(items), cumulative));
    }

    /** Parallel lists: items.get(i) has weights.get(i). */
    static <T> Optional<WeightedPicker<T>> of(List<T> items, List<Double> weights) {
        double[] cumulative = new double[items.size()];
        double total = 0;
        for (int index = 0; index < items.size(); index++) {
            total += Math.max(0, weights.get(index));
            cumulative[index] = total;
        }
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WeightedPicker<>(List.copyOf(items), cumulative));
    }

    T pick(SeededRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return items.get(low);
    }

    double totalWeight() {
        return cumulative[cumulative.length - 1];
    }

    List<T> items() {
        return items;
    }
}
