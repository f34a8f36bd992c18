package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One generated account: its people and automation, its root user, and the IAM names its events refer to.
 * Built once from the master seed and shared read-only by every region stream of the account.
 */
record AccountModel(int index, String id, String name, String environment, double weight, List<Double> teamShares,
                    List<Person> people, List<Agent> agents, Actor.Root root, Actor.IamUser federationIssuer,
                    List<Role> roles, List<String> userNames, List<String> roleNames, List<String> policyArns,
                    String samlProvider, String partnerAccountId) {
    AccountModel {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(environment, "environment is null");
        teamShares = List.copyOf(teamShares);
        people = List.copyOf(people);
        agents = List.copyOf(agents);
        requireNonNull(root, "root is null");
        requireNonNull(federationIssuer, "federationIssuer is null");
        roles = List.copyOf(roles);
        userNames = List.copyOf(userNames);
        roleNames = List.copyOf(roleNames);
        policyArns = List.copyOf(policyArns);
        requireNonNull(samlProvider, "samlProvider is null");
        requireNonNull(partnerAccountId, "partnerAccountId is null");
    }

    GeneratedAccount describe() {
        return new GeneratedAccount(id, name);
    }

    /** The account's administrator: the person who, rarely, signs in as root. */
    Person administrator() {
        return people.get(0);
    }
}
