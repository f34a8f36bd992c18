package io.trailscope.sql.dialect;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The set of {@link Capability} flags a dialect has; start from {@link #none()} and add what the engine does. */
public record DialectCapabilities(Set<Capability> supported) {
    public DialectCapabilities {
        supported = Set.copyOf(requireNonNull(supported, "supported is null"));
    }

    public static DialectCapabilities none() {
        return new DialectCapabilities(Set.of());
    }

    public boolean supports(Capability capability) {
        return supported.contains(capability);
    }

    public DialectCapabilities with(Capability... added) {
        EnumSet<Capability> result = copy();
        result.addAll(Arrays.asList(added));
        return new DialectCapabilities(result);
    }

    public DialectCapabilities without(Capability... removed) {
        EnumSet<Capability> result = copy();
        Arrays.asList(removed).forEach(result::remove);
        return new DialectCapabilities(result);
    }

    private EnumSet<Capability> copy() {
        EnumSet<Capability> result = EnumSet.noneOf(Capability.class);
        result.addAll(supported);
        return result;
    }
}
