package io.trailscope.query;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A table calculation ({@code dynamic_fields} in a dashboard): a name, a label and a Looker expression over the
 * result's fields, such as {@code ${view.count} / ${view.total}}. Computed after the query ({@link Calculations}).
 */
public record TableCalculation(String name, Optional<String> label, String expression,
        Optional<String> valueFormatName) {
    public TableCalculation {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(expression, "expression is null");
        requireNonNull(valueFormatName, "valueFormatName is null");
    }
}
