package io.trailscope.cloudtrail.generator;

import java.util.List;

/** Where people work: their office hours follow their own clock, and their addresses their countries. */
enum Team {
    AMERICAS(-5, List.of("US", "US", "US", "CA")),
    EUROPE(1, List.of("GB", "DE", "FR", "ES", "NL")),
    PACIFIC(10, List.of("AU", "AU", "JP", "IN"));

    private final int utcOffsetHours;
    private final List<String> countries;

    Team(int utcOffsetHours, List<String> countries) {
        this.utcOffsetHours = utcOffsetHours;
        this.countries = countries;
    }

    int utcOffsetHours() {
        return utcOffsetHours;
    }

    List<String> countries() {
        return countries;
    }
}
