package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

/**
 * One API operation as CloudTrail records it. {@code argument} parameterises the shape (a field name, a resource
 * kind); {@code global} operations (IAM, sign-in, ...) are logged in us-east-1 only.
 */
record Operation(int index, String service, String name, boolean readOnly, Category category, Shape shape,
                 String argument, boolean global, String iamAction, String cliCommand) {
    /** Service events switch to a newer record version after this instant (2025-01-01). */
    private static final long NEW_ERA = 1_735_689_600L;

    Operation {
        requireNonNull(service, "service is null");
        requireNonNull(name, "name is null");
        requireNonNull(category, "category is null");
        requireNonNull(shape, "shape is null");
        requireNonNull(argument, "argument is null");
        requireNonNull(iamAction, "iamAction is null");
        requireNonNull(cliCommand, "cliCommand is null");
    }

    String eventSource() {
        return service + ".amazonaws.com";
    }

    /** The eventVersion real trails show for this service (1.08 to 1.11), by era. */
    String eventVersion(long epochSecond) {
        boolean newEra = epochSecond >= NEW_ERA;
        switch (service) {
            case "ec2":
                return newEra ? "1.10" : "1.09";
            case "iam":
            case "secretsmanager":
            case "sns":
            case "dynamodb":
                return "1.09";
            case "s3":
            case "cloudtrail":
                return newEra ? "1.11" : "1.10";
            case "kms":
            case "lambda":
                return newEra ? "1.09" : "1.08";
            default:
                return "1.08";
        }
    }
}
