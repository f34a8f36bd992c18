package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping in file order; a duplicate key has already been resolved (the last one wins). */
record YamlMap(Map<String, YamlNode> entries, Map<String, SourceLocation> keyLocations, SourceLocation location)
        implements YamlNode {
    YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
        requireNonNull(location, "location is null");
    }

    Optional<YamlNode> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    SourceLocation keyLocation(String key) {
        return keyLocations.getOrDefault(key, location);
    }

    @Override
    public Object toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        entries.forEach((key, value) -> plain.put(key, value.toPlain()));
        return Collections.unmodifiableMap(plain);
    }
}
