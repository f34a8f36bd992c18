package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dimension. {@code sql} is the expression (defaulted to {@code ${TABLE}.name} when omitted); a timeframe of a
 * dimension group carries the group's SQL plus {@link TimeframeSpec}, a duration carries {@link DurationSpec}
 * (and no {@code sql}); tiers, {@code case:} and locations carry their own parts.
 */
public record Dimension(
        String name,
        String view,
        FieldInfo info,
        DimensionType type,
        Optional<SqlTemplate> sql,
        boolean primaryKey,
        Optional<TimeframeSpec> timeframe,
        Optional<DurationSpec> duration,
        Optional<TierSpec> tiers,
        Optional<CaseSpec> cases,
        Optional<LocationSpec> location) implements Field {
    public Dimension {
        requireNonNull(name, "name is null");
        requireNonNull(view, "view is null");
        requireNonNull(info, "info is null");
        requireNonNull(type, "type is null");
        requireNonNull(sql, "sql is null");
        requireNonNull(timeframe, "timeframe is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(tiers, "tiers is null");
        requireNonNull(cases, "cases is null");
        requireNonNull(location, "location is null");
    }

    /** Every SQL template this dimension uses, for reference checks. */
    public List<SqlTemplate> templates() {
        List<SqlTemplate> templates = new ArrayList<>();
        sql.ifPresent(templates::add);
        duration.ifPresent(spec -> {
            templates.add(spec.sqlStart());
            templates.add(spec.sqlEnd());
        });
        cases.ifPresent(spec -> spec.whens().forEach(when -> templates.add(when.condition())));
        location.ifPresent(spec -> {
            templates.add(spec.latitude());
            templates.add(spec.longitude());
        });
        return List.copyOf(templates);
    }

    public Dimension withInfo(FieldInfo newInfo) {
        return new Dimension(name, view, newInfo, type, sql, primaryKey, timeframe, duration, tiers, cases, location);
    }
}
