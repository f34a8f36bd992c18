package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

/** An IAM role of a generated account. */
record Role(String accountId, String name, String path, String principalId) {
    Role {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(name, "name is null");
        requireNonNull(path, "path is null");
        requireNonNull(principalId, "principalId is null");
    }

    String arn() {
        return "arn:aws:iam::" + accountId + ":role" + path + name;
    }
}
