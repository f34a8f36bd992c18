package io.trailscope.cloudtrail.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the people, roles and automation of one account from its own seeded stream. */
final class AccountFactory {
    private static final List<String> SERVICE_USERS =
            List.of("terraform", "jenkins", "sso-broker", "backup-agent", "grafana-reader", "s3-sync", "legacy-reporting");
    private static final List<String> MANAGED_POLICIES = List.of(
            "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess",
            "arn:aws:iam::aws:policy/PowerUserAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
            "arn:aws:iam::aws:policy/AmazonEC2FullAccess", "arn:aws:iam::aws:policy/SecurityAudit");

    private final SeededRandom random;
    private final String accountId;
    private final String environment;
    private final List<Role> roles = new ArrayList<>();

    private AccountFactory(SeededRandom random, String accountId, String environment) {
        this.random = random;
        this.accountId = accountId;
        this.environment = environment;
    }

    static AccountModel build(SeededRandom random, int index, GeneratedAccount account, String environment,
                              double weight, Directory directory, String partnerAccountId) {
        return new AccountFactory(random, account.id(), environment)
                .create(index, account, weight, directory, partnerAccountId);
    }

    private AccountModel create(int index, GeneratedAccount account, double weight, Directory directory,
                                String partnerAccountId) {
        List<Employee> employees = shuffled(directory.employees());
        boolean dottedNames = random.chance(0.5);
        int iamCount = random.between(7, 28);
        int ssoCount = random.between(3, 9);
        int samlCount = random.chance(0.5) ? random.between(2, 4) : 0;
        List<Role> ssoRoles = List.of(
                role("AWSReservedSSO_AdministratorAccess_" + Ids.hex(random, "", 16), "/aws-reserved/sso.amazonaws.com/"),
                role("AWSReservedSSO_PowerUserAccess_" + Ids.hex(random, "", 16), "/aws-reserved/sso.amazonaws.com/"),
                role("AWSReservedSSO_ReadOnlyAccess_" + Ids.hex(random, "", 16), "/aws-reserved/sso.amazonaws.com/"));
        Role samlRole = role("SAML-Engineers", "/");
        Role adminRole = role(environment + "-admin", "/");
        List<Person> people = new ArrayList<>();
        List<String> userNames = new ArrayList<>();
        for (int position = 0; position < iamCount + ssoCount + samlCount; position++) {
            Employee employee = employees.get(position);
            if (position < iamCount) {
                String userName = dottedNames ? employee.dottedName() : employee.shortName();
                userNames.add(userName);
                boolean mfa = random.chance(0.65);
                Actor.IamUser user = iamUser(userName, mfa);
                Actor elevated = user;
                if (mfa) {
                    elevated = new Actor.RoleSession(adminRole, userName, true, Optional.empty(), false, false,
                            random.nextLong());
                }
                people.add(new Person(employee, Person.Access.IAM_USER, user.inConsole(), user, elevated, mfa));
            } else if (position < iamCount + ssoCount) {
                Role ssoRole = ssoRoles.get(random.nextInt(ssoRoles.size()));
                people.add(sessionPerson(employee, Person.Access.SSO, ssoRole));
            } else {
                people.add(sessionPerson(employee, Person.Access.SAML, samlRole));
            }
        }
        List<Actor.IamUser> serviceUsers = new ArrayList<>();
        for (String name : SERVICE_USERS.subList(0, random.between(3, SERVICE_USERS.size()))) {
            userNames.add(name);
            serviceUsers.add(iamUser(name, false));
        }
        List<Agent> agents = AgentFactory.create(random, accountId, environment, this::role, serviceUsers,
                partnerAccountId);
        List<String> policies = new ArrayList<>(MANAGED_POLICIES);
        for (String app : ResourcePool.APPLICATIONS.subList(0, 6)) {
            policies.add("arn:aws:iam::" + accountId + ":policy/" + environment + "-" + app + "-access");
        }
        List<String> roleNames = new ArrayList<>();
        for (Role role : roles) {
            roleNames.add(role.name());
        }
        List<Double> teamShares = List.of(0.55 + 0.2 * random.nextDouble(), 0.2 + 0.15 * random.nextDouble(),
                0.05 + 0.1 * random.nextDouble());
        return new AccountModel(index, accountId, account.name(), environment, weight, teamShares, people, agents,
                new Actor.Root(accountId, random.chance(0.8), random.nextLong(), Optional.empty()), serviceUsers.get(2), roles,
                userNames, roleNames, policies, random.pick(List.of("Okta", "AzureAD", "OneLogin")), partnerAccountId);
    }

    private Person sessionPerson(Employee employee, Person.Access access, Role role) {
        long salt = random.nextLong();
        Actor console = new Actor.RoleSession(role, employee.email(), false, Optional.empty(), false, true, salt);
        Actor cli = new Actor.RoleSession(role, employee.email(), false, Optional.empty(), false, false, salt);
        return new Person(employee, access, console, cli, cli, false);
    }

    private Actor.IamUser iamUser(String userName, boolean mfa) {
        return new Actor.IamUser(accountId, userName, Ids.key(random, "AIDA", 17), Ids.key(random, "AKIA", 16),
                false, mfa, random.nextLong());
    }

    private Role role(String name, String path) {
        Role role = new Role(accountId, name, path, Ids.key(random, "AROA", 17));
        roles.add(role);
        return role;
    }

    private List<Employee> shuffled(List<Employee> employees) {
        List<Employee> copy = new ArrayList<>(employees);
        for (int index = copy.size() - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            Employee swap = copy.get(index);
            copy.set(index, copy.get(other));
            copy.set(other, swap);
        }
        return copy;
    }
}
