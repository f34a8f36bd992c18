package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A person of the company, the same in every account: their team (clock), the few addresses they work from
 * (office, home, phone), a foreign address for the rare trip or VPN, their browser and CLI.
 */
record Employee(String first, String last, Team team, String country, List<String> addresses,
                String travelAddress, String browser, String cliPrefix, double consoleShare, double activity) {
    Employee {
        requireNonNull(first, "first is null");
        requireNonNull(last, "last is null");
        requireNonNull(team, "team is null");
        requireNonNull(country, "country is null");
        addresses = List.copyOf(addresses);
        requireNonNull(travelAddress, "travelAddress is null");
        requireNonNull(browser, "browser is null");
        requireNonNull(cliPrefix, "cliPrefix is null");
    }

    String dottedName() {
        return first + "." + last;
    }

    String shortName() {
        return first.charAt(0) + last;
    }

    String email() {
        return dottedName() + "@acme.example";
    }
}
