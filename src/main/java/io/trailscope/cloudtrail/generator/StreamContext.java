package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** The fixed facts of one (account, region) stream that every event of it shares. */
record StreamContext(AccountModel account, int regionIndex, String region, ResourcePool pool, String trailName,
                     String logBucket, List<String> hosts) {
    StreamContext {
        requireNonNull(account, "account is null");
        requireNonNull(region, "region is null");
        requireNonNull(pool, "pool is null");
        requireNonNull(trailName, "trailName is null");
        requireNonNull(logBucket, "logBucket is null");
        hosts = List.copyOf(hosts);
    }

    static StreamContext create(AccountModel account, int regionIndex, ResourcePool pool, String trailName,
                                String logBucket) {
        String region = Regions.NAMES.get(regionIndex);
        List<String> hosts = new ArrayList<>();
        for (Operation operation : OperationCatalog.all()) {
            hosts.add(host(operation.service(), region));
        }
        return new StreamContext(account, regionIndex, region, pool, trailName, logBucket, hosts);
    }

    String accountId() {
        return account.id();
    }

    boolean homeRegion() {
        return Regions.isHome(regionIndex);
    }

    /** The clientProvidedHostHeader of calls to this operation's endpoint from this region. */
    String host(Operation operation) {
        return hosts.get(operation.index());
    }

    String trailArn() {
        return "arn:aws:cloudtrail:" + Regions.HOME + ":" + account.id() + ":trail/" + trailName;
    }

    private static String host(String service, String region) {
        boolean home = region.equals(Regions.HOME);
        return switch (service) {
            case "iam" -> "iam.amazonaws.com";
            case "sts" -> home ? "sts.amazonaws.com" : "sts." + region + ".amazonaws.com";
            case "signin" -> home ? "signin.aws.amazon.com" : region + ".signin.aws.amazon.com";
            case "ce" -> "ce.us-east-1.amazonaws.com";
            case "ecr" -> "api.ecr." + region + ".amazonaws.com";
            default -> service + "." + region + ".amazonaws.com";
        };
    }
}
