package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

/** An employee as one account knows them: how they sign in and the identities they act as there. */
record Person(Employee employee, Access access, Actor console, Actor cli, boolean mfa) {
    enum Access {
        /** An IAM user of the account: console password and long-term access keys. */
        IAM_USER,
        /** IAM Identity Center: an AWSReservedSSO_ role session named after their e-mail. */
        SSO,
        /** A SAML identity provider: AssumeRoleWithSAML into a shared role. */
        SAML
    }

    Person {
        requireNonNull(employee, "employee is null");
        requireNonNull(access, "access is null");
        requireNonNull(console, "console is null");
        requireNonNull(cli, "cli is null");
    }
}
