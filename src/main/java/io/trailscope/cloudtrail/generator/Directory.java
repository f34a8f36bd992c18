package io.trailscope.cloudtrail.generator;

import java.util.ArrayList;
import java.util.List;

/** The company's people, drawn once from the master seed so each person is the same in every account. */
final class Directory {
    private static final List<String> FIRST_NAMES = List.of(
            "james", "maria", "robert", "linda", "michael", "sarah", "david", "emma", "daniel", "olivia",
            "thomas", "sophie", "lucas", "chloe", "mateo", "lucia", "hugo", "ines", "jan", "anna", "liam",
            "mia", "noah", "aiko", "kenji", "priya", "arjun", "wei", "chen", "fatima", "omar", "elena",
            "pablo", "claire", "pierre", "greta", "lars", "nina", "oscar", "ruby", "jack", "grace");
    private static final List<String> LAST_NAMES = List.of(
            "smith", "johnson", "garcia", "miller", "davis", "martinez", "wilson", "anderson", "taylor",
            "moore", "martin", "lee", "thompson", "white", "harris", "clark", "lewis", "walker", "young",
            "king", "wright", "lopez", "hill", "scott", "green", "adams", "baker", "nelson", "carter",
            "mueller", "schmidt", "dubois", "moreau", "fernandez", "rossi", "tanaka", "sato", "patel",
            "sharma", "nguyen", "kim", "jansen", "novak", "berg");
    private static final double[] TEAM_SHARES = {0.62, 0.28, 0.10};

    private final List<Employee> employees;

    Directory(SeededRandom random, int size) {
        List<String> offices = new ArrayList<>();
        for (Team team : Team.values()) {
            offices.add(Networks.address(random, team.countries().get(0)));
        }
        List<Employee> people = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        while (people.size() < size) {
            String first = random.pick(FIRST_NAMES);
            String last = random.pick(LAST_NAMES);
            if (taken.contains(first + last)) {
                continue;
            }
            taken.add(first + last);
            Team team = team(random.nextDouble());
            String country = random.pick(team.countries());
            List<String> addresses = new ArrayList<>();
            addresses.add(offices.get(team.ordinal()));
            addresses.add(Networks.address(random, country));
            if (random.chance(0.4)) {
                addresses.add(Networks.address(random, country));
            }
            String travel = Networks.address(random, random.pick(Networks.TRAVEL_COUNTRIES));
            double activity = 0.3 + 3 * Math.pow(random.nextDouble(), 2);
            people.add(new Employee(first, last, team, country, addresses, travel, random.pick(UserAgents.BROWSERS),
                    random.pick(UserAgents.CLI_PREFIXES), 0.25 + 0.7 * random.nextDouble(), activity));
        }
        this.employees = List.copyOf(people);
    }

    List<Employee> employees() {
        return employees;
    }

    private static Team team(double draw) {
        double cumulative = 0;
        for (Team team : Team.values()) {
            cumulative += TEAM_SHARES[team.ordinal()];
            if (draw < cumulative) {
                return team;
            }
        }
        return Team.AMERICAS;
    }
}
