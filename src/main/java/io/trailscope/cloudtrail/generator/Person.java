package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

/**
 * An employee as one account knows them: how they sign in and the identities they act as there. IAM users
 * with MFA also switch into the account's admin role now and then ({@code elevated}: a role session with
 * mfaAuthenticated true); for everyone else {@code elevated} is their CLI identity.
 */
record Person(Employee employee, Access access, Actor console, Actor cli, Actor elevated, boolean mfa) {
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
        requireNonNull(elevated, "elevated is null");
    }
}
