package io.trailscope.cloudtrail.generator;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A weighted mix of operations some kind of principal calls. Outside us-east-1 the global operations (IAM,
 * sign-in, ...) drop out, because CloudTrail logs those in us-east-1 only.
 */
record Profile(String name, Optional<WeightedPicker<Operation>> home, Optional<WeightedPicker<Operation>> regional) {
    Profile {
        requireNonNull(name, "name is null");
        requireNonNull(home, "home is null");
        requireNonNull(regional, "regional is null");
    }

    /** Parses {@code service:EventName weight, ...}. */
    static Profile parse(String name, String definition) {
        List<Operation> operations = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Double> regionalWeights = new ArrayList<>();
        for (String entry : definition.strip().split("\\s*,\\s*")) {
            String[] parts = entry.strip().split("\\s+");
            Operation operation = OperationCatalog.get(parts[0]);
            double weight = Double.parseDouble(parts[1]);
            operations.add(operation);
            weights.add(weight);
            regionalWeights.add(operation.global() ? 0 : weight);
        }
        return new Profile(name, WeightedPicker.of(operations, weights), WeightedPicker.of(operations, regionalWeights));
    }

    Optional<WeightedPicker<Operation>> forRegion(boolean homeRegion) {
        return homeRegion ? home : regional;
    }
}
