package io.trailscope.query.plan;

import static java.util.Objects.requireNonNull;

import io.trailscope.model.Explore;
import io.trailscope.model.Model;
import io.trailscope.query.FieldResolver;
import io.trailscope.sql.dialect.Capability;
import io.trailscope.sql.dialect.DialectCapabilities;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** What every part of planning one query needs: the model and explore, the engine's capabilities, the clock. */
final class PlanContext {
    private final Model model;
    private final Explore explore;
    private final FieldResolver resolver;
    private final DialectCapabilities capabilities;
    private final ZoneId zone;
    private final ZonedDateTime now;
    private final List<String> notes = new ArrayList<>();

    PlanContext(Model model, Explore explore, DialectCapabilities capabilities, ZoneId zone, ZonedDateTime now) {
        this.model = requireNonNull(model, "model is null");
        this.explore = requireNonNull(explore, "explore is null");
        this.resolver = new FieldResolver(model, explore);
        this.capabilities = requireNonNull(capabilities, "capabilities is null");
        this.zone = requireNonNull(zone, "zone is null");
        this.now = requireNonNull(now, "now is null");
    }

    Model model() {
        return model;
    }

    Explore explore() {
        return explore;
    }

    FieldResolver resolver() {
        return resolver;
    }

    boolean supports(Capability capability) {
        return capabilities.supports(capability);
    }

    ZoneId zone() {
        return zone;
    }

    ZonedDateTime now() {
        return now;
    }

    DayOfWeek weekStart() {
        return model.weekStartDay();
    }

    int fiscalMonthOffset() {
        return model.fiscalMonthOffset();
    }

    boolean caseSensitive() {
        return model.caseSensitive();
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
