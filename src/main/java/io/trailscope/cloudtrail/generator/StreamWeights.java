package io.trailscope.cloudtrail.generator;

import java.util.List;
import java.util.Optional;

/**
 * The relative volume of each 5-minute window of one (account, region) stream, and its make-up: how much is
 * people (by team), how much automation, how much an ongoing burst. A pure function of the seed and window, so
 * planning and generation compute identical numbers.
 */
final class StreamWeights {
    private static final double HUMAN_SHARE = 0.55;

    private final long seed;
    private final int stream;
    private final long start;
    private final double base;
    private final double[] teamShares;
    private final double[] dayFactors;
    private final List<Incident> incidents;
    private final double[] teamWeights = new double[Team.values().length];
    private double weight;
    private double humanProbability;
    private double incidentShare;
    private Incident incident;

    StreamWeights(long seed, AccountModel account, int region, long start, int days, List<Incident> incidents) {
        this.seed = seed;
        this.stream = account.index() * Regions.count() + region;
        this.start = start;
        double regionJitter = 0.7 + 0.6 * SeededRandom.unit(SeededRandom.hash(seed, account.index(), region, 0x5E));
        this.base = account.weight() * Regions.weight(region) * regionJitter;
        this.teamShares = new double[Team.values().length];
        for (int team = 0; team < teamShares.length; team++) {
            teamShares[team] = account.teamShares().get(team);
        }
        this.dayFactors = new double[days];
        for (int day = 0; day < days; day++) {
            long hash = SeededRandom.hash(seed, account.index(), day, 0xDA7);
            double factor = 0.75 + 0.5 * SeededRandom.unit(hash);
            dayFactors[day] = SeededRandom.unit(SeededRandom.mix(hash)) < 0.05 ? factor * 1.6 : factor;
        }
        this.incidents = List.copyOf(incidents);
    }

    void compute(int window) {
        long time = start + window * (long) Rhythm.WINDOW_SECONDS;
        double human = 0;
        for (Team team : Team.values()) {
            double teamWeight = teamShares[team.ordinal()] * Rhythm.human(time, team.utcOffsetHours());
            teamWeights[team.ordinal()] = teamWeight;
            human += teamWeight;
        }
        human *= HUMAN_SHARE * dayFactors[window / Rhythm.WINDOWS_PER_DAY];
        double automation = (1 - HUMAN_SHARE) * Rhythm.automation(time);
        double noise = 0.8 + 0.4 * SeededRandom.unit(SeededRandom.hash(seed, stream, window));
        double boost = 0;
        incident = null;
        for (Incident candidate : incidents) {
            if (candidate.activeAt(window)) {
                boost += candidate.intensity();
                if (incident == null) {
                    incident = candidate;
                }
            }
        }
        weight = base * (human + automation) * noise * (1 + boost);
        humanProbability = human / (human + automation);
        incidentShare = boost / (1 + boost);
    }

    double weight() {
        return weight;
    }

    double humanProbability() {
        return humanProbability;
    }

    double incidentShare() {
        return incidentShare;
    }

    /** The burst running in the last computed window. */
    Optional<Incident> incident() {
        return Optional.ofNullable(incident);
    }

    double teamWeight(Team team) {
        return teamWeights[team.ordinal()];
    }

    double total(int windows) {
        double total = 0;
        for (int window = 0; window < windows; window++) {
            compute(window);
            total += weight;
        }
        return total;
    }
}
