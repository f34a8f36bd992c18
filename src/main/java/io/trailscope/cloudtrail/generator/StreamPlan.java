package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What one (account, region) stream must produce: its share of the events and how to spread them. */
record StreamPlan(long seed, AccountModel account, int region, long events, double totalWeight, long start,
                  int windows, int days, List<Incident> incidents, String logBucket) {
    StreamPlan {
        requireNonNull(account, "account is null");
        incidents = List.copyOf(incidents);
        requireNonNull(logBucket, "logBucket is null");
    }

    int index() {
        return account.index() * Regions.count() + region;
    }

    StreamWeights weights() {
        return new StreamWeights(seed, account, region, start, days, incidents);
    }

    WindowCounter counter() {
        return new WindowCounter(events, totalWeight,
                SeededRandom.unit(SeededRandom.hash(seed, index(), 0xFA5E)));
    }
}
