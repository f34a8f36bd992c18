package io.trailscope.cloudtrail.generator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Policy JSON as IAM logs it: pretty-printed strings in requests, URL-encoded in responses. */
final class PolicyDocuments {
    static final List<String> TRUST = List.of(
            trust("\"Service\": \"lambda.amazonaws.com\""),
            trust("\"Service\": \"ec2.amazonaws.com\""),
            trust("\"Service\": \"ecs-tasks.amazonaws.com\""),
            trust("\"AWS\": \"arn:aws:iam::%PARTNER%:root\""));
    static final List<String> PERMISSIONS = List.of(
            permission("\"s3:GetObject\", \"s3:PutObject\"", "\"arn:aws:s3:::acme-*/*\""),
            permission("\"dynamodb:GetItem\", \"dynamodb:PutItem\", \"dynamodb:Query\"", "\"*\""),
            permission("\"sqs:SendMessage\", \"sqs:ReceiveMessage\", \"sqs:DeleteMessage\"", "\"*\""),
            permission("\"*\"", "\"*\""),
            permission("\"ec2:Describe*\", \"cloudwatch:GetMetricData\"", "\"*\""));

    private PolicyDocuments() {
    }

    static String encoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trust(String principal) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
                + "      \"Principal\": {\n        " + principal + "\n      },\n      \"Action\": \"sts:AssumeRole\"\n"
                + "    }\n  ]\n}";
    }

    private static String permission(String actions, String resource) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
                + "      \"Action\": [" + actions + "],\n      \"Resource\": " + resource + "\n    }\n  ]\n}";
    }
}
