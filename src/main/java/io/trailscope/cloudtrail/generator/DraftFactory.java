package io.trailscope.cloudtrail.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides the events of one window of a stream: who calls what, from where, and whether it fails. */
final class DraftFactory {
    private static final double ROOT_SHARE = 0.0025;
    private static final double FEDERATED_SHARE = 0.006;
    private static final double FAILED_LOGIN_SHARE = 0.07;

    private final StreamContext context;
    private final SeededRandom random;
    private final Origins origins;
    private final boolean home;
    private final List<Optional<WeightedPicker<Person>>> teams = new ArrayList<>();
    private final WeightedPicker<Person> everyone;
    private final Optional<WeightedPicker<Agent>> agents;
    private final WeightedPicker<Operation> peopleOperations;
    private final Optional<WeightedPicker<Operation>> rootOperations;
    private final WeightedPicker<Operation> federatedOperations;
    private final Operation consoleLogin = OperationCatalog.get("signin:ConsoleLogin");
    private final Operation samlSignIn = OperationCatalog.get("sts:AssumeRoleWithSAML");
    private final Operation federationToken = OperationCatalog.get("sts:GetFederationToken");
    private final double loginScale;

    DraftFactory(StreamContext context, SeededRandom random) {
        this.context = context;
        this.random = random;
        this.origins = new Origins(context, random);
        this.home = context.homeRegion();
        AccountModel account = context.account();
        for (Team team : Team.values()) {
            List<Person> members = new ArrayList<>();
            for (Person person : account.people()) {
                if (person.employee().team() == team) {
                    members.add(person);
                }
            }
            teams.add(WeightedPicker.of(members, person -> person.employee().activity()));
        }
        this.everyone = WeightedPicker.of(account.people(), person -> person.employee().activity()).orElseThrow();
        this.agents = WeightedPicker.of(account.agents(),
                agent -> agent.profile().forRegion(home).isPresent() ? agent.weight() : 0);
        this.peopleOperations = Profiles.PEOPLE.forRegion(home).orElseThrow();
        this.rootOperations = Profiles.ROOT.forRegion(home);
        this.federatedOperations = Profiles.FEDERATED.forRegion(home).orElseThrow();
        this.loginScale = loginScale(context);
    }

    /**
     * Sign-ins are logged in us-east-1, except IAM users on the global endpoint with an account-alias cookie,
     * whom the console proxy sends to us-east-2, eu-north-1 or ap-southeast-2.
     */
    private static double loginScale(StreamContext context) {
        if (context.homeRegion()) {
            return 1;
        }
        if (context.region().equals("us-east-2") || context.region().equals("ap-southeast-2")) {
            return 0.3;
        }
        return 0;
    }

    void fill(List<EventDraft> drafts, int count, long windowStart, StreamWeights weights) {
        Optional<Incident> incident = weights.incident();
        for (int index = 0; index < count; index++) {
            long time = windowStart + random.nextInt(Rhythm.WINDOW_SECONDS);
            double draw = random.nextDouble();
            if (incident.isPresent() && draw < weights.incidentShare()) {
                drafts.add(incidentDraft(incident.get(), time));
            } else if (random.nextDouble() < weights.humanProbability()) {
                drafts.add(personDraft(person(weights), time));
            } else {
                drafts.add(automationDraft(time));
            }
        }
    }

    private Person person(StreamWeights weights) {
        double total = 0;
        for (Team team : Team.values()) {
            total += teams.get(team.ordinal()).isPresent() ? weights.teamWeight(team) : 0;
        }
        double draw = random.nextDouble() * total;
        for (Team team : Team.values()) {
            Optional<WeightedPicker<Person>> members = teams.get(team.ordinal());
            if (members.isEmpty()) {
                continue;
            }
            draw -= weights.teamWeight(team);
            if (draw < 0) {
                return members.get().pick(random);
            }
        }
        return everyone.pick(random);
    }

    private EventDraft personDraft(Person person, long time) {
        double draw = random.nextDouble();
        if (draw < ROOT_SHARE) {
            return rootDraft(time);
        }
        if (draw < ROOT_SHARE + FEDERATED_SHARE) {
            return federatedDraft(person, time);
        }
        double login = loginScale * 0.02 * (0.5 + person.employee().consoleShare());
        if (draw < ROOT_SHARE + FEDERATED_SHARE + login && (home || person.access() == Person.Access.IAM_USER)) {
            return signInDraft(person, time);
        }
        Employee employee = person.employee();
        Operation operation = peopleOperations.pick(random);
        boolean console = random.chance(employee.consoleShare());
        Actor actor = person.console();
        if (!console) {
            actor = random.chance(0.15) ? person.elevated() : person.cli();
        }
        Outcome outcome = ErrorModel.baseline(random, operation, actor, context, true);
        if (console && random.chance(0.2)) {
            return new EventDraft(time, operation, actor, UserAgents.AWS_INTERNAL, UserAgents.AWS_INTERNAL, "",
                    EventDraft.Tls.NONE, outcome, random.nextLong());
        }
        String agent = console ? employee.browser() : Origins.cliAgent(employee.cliPrefix(), operation);
        return new EventDraft(time, operation, actor, origins.personAddress(employee), agent, "", origins.clientTls(),
                outcome, random.nextLong());
    }

    private EventDraft rootDraft(long time) {
        Actor.Root root = context.account().root();
        Employee administrator = context.account().administrator().employee();
        String address = origins.personAddress(administrator);
        if (home && random.chance(0.35)) {
            Outcome outcome = random.chance(FAILED_LOGIN_SHARE)
                    ? Outcome.messageOnly("Failed authentication") : Outcome.SUCCESS;
            return new EventDraft(time, consoleLogin, root, address, administrator.browser(), "",
                    EventDraft.Tls.TLS_1_3, outcome, random.nextLong());
        }
        if (rootOperations.isEmpty()) {
            return automationDraft(time);
        }
        Operation operation = rootOperations.get().pick(random);
        Outcome outcome = ErrorModel.baseline(random, operation, root, context, true);
        if (random.chance(0.25)) {
            return new EventDraft(time, operation, root.viaSignIn(), address, "signin.amazonaws.com", "",
                    EventDraft.Tls.TLS_1_3, outcome, random.nextLong());
        }
        return new EventDraft(time, operation, root, address, administrator.browser(), "", EventDraft.Tls.TLS_1_3,
                outcome, random.nextLong());
    }

    private EventDraft federatedDraft(Person person, long time) {
        Actor.IamUser issuer = context.account().federationIssuer();
        Employee employee = person.employee();
        if (random.chance(0.2)) {
            return new EventDraft(time, federationToken, issuer, origins.personAddress(employee), UserAgents.BOTO3, "",
                    origins.clientTls(), Outcome.SUCCESS, random.nextLong());
        }
        Operation operation = federatedOperations.pick(random);
        Actor actor = new Actor.Federated(issuer, employee.first());
        return new EventDraft(time, operation, actor, origins.personAddress(employee), employee.browser(), "",
                origins.clientTls(), ErrorModel.baseline(random, operation, actor, context, true), random.nextLong());
    }

    private EventDraft signInDraft(Person person, long time) {
        Employee employee = person.employee();
        String address = origins.personAddress(employee);
        if (person.access() == Person.Access.SAML && random.chance(0.5)) {
            String provider = Ids.keyOf(context.account().id().hashCode(), "", 27) + "=";
            Actor saml = new Actor.SamlUser(employee.email(), provider + ":" + employee.email(), provider);
            return new EventDraft(time, samlSignIn, saml, address, employee.browser(), "", EventDraft.Tls.TLS_1_3,
                    Outcome.SUCCESS, random.nextLong());
        }
        Outcome outcome = Outcome.SUCCESS;
        if (person.access() == Person.Access.IAM_USER && random.chance(FAILED_LOGIN_SHARE)) {
            outcome = Outcome.messageOnly("Failed authentication");
        }
        return new EventDraft(time, consoleLogin, person.console(), address, employee.browser(), "",
                EventDraft.Tls.TLS_1_3, outcome, random.nextLong());
    }

    private EventDraft automationDraft(long time) {
        if (agents.isEmpty()) {
            return personDraft(everyone.pick(random), time);
        }
        Agent agent = agents.get().pick(random);
        Actor actor = agent.actors().get(random.nextInt(agent.actors().size()));
        Operation operation = agent.profile().forRegion(home).orElseThrow().pick(random);
        Outcome outcome = ErrorModel.canBeDenied(actor)
                ? ErrorModel.baseline(random, operation, actor, context, false) : Outcome.SUCCESS;
        return origins.draft(time, operation, actor, agent, outcome);
    }

    private EventDraft incidentDraft(Incident incident, long time) {
        return switch (incident.kind()) {
            case LOGIN_SPRAY -> sprayDraft(incident, time);
            case ACCESS_DENIED -> incidentOrigin(incident, time,
                    ErrorModel.accessDenied(random, incident.operation(), incident.actor(), context));
            case CALL_SPIKE -> incidentOrigin(incident, time,
                    ErrorModel.baseline(random, incident.operation(), incident.actor(), context, false));
        };
    }

    private EventDraft incidentOrigin(Incident incident, long time, Outcome outcome) {
        if (incident.agent().isPresent()) {
            return origins.draft(time, incident.operation(), incident.actor(), incident.agent().get(), outcome);
        }
        Employee employee = incident.person().orElseThrow().employee();
        return new EventDraft(time, incident.operation(), incident.actor(), origins.personAddress(employee),
                Origins.cliAgent(employee.cliPrefix(), incident.operation()), "", origins.clientTls(), outcome,
                random.nextLong());
    }

    private EventDraft sprayDraft(Incident incident, long time) {
        double draw = random.nextDouble();
        Actor actor = incident.actor();
        String message = "No username found in supplied account";
        if (draw < 0.05) {
            actor = context.account().root();
            message = "Failed authentication";
        } else if (draw < 0.3) {
            Person person = everyone.pick(random);
            if (person.access() == Person.Access.IAM_USER) {
                actor = person.console();
                message = "Failed authentication";
            }
        }
        return new EventDraft(time, consoleLogin, actor, incident.address(), incident.userAgent(), "",
                EventDraft.Tls.TLS_1_2, Outcome.messageOnly(message), random.nextLong());
    }
}
