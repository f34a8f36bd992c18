package io.trailscope.model;

/** A field of a view: a dimension (including each timeframe of a dimension group), a measure, or a filter-only field. */
public sealed interface Field permits Dimension, Measure, FilterOnlyField {
    /** The field name inside its view: {@code event_time_date}. */
    String name();

    /** The view that defines it. */
    String view();

    FieldInfo info();

    /** {@code view.name}, the id queries and dashboards use. */
    default String id() {
        return view() + "." + name();
    }
}
