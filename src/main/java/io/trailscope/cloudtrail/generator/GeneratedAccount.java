package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

/** An account the generator writes logs for: its 12-digit id and a stable, human name (for an accounts file). */
public record GeneratedAccount(String id, String name) {
    public GeneratedAccount {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
    }
}
