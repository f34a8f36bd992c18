package io.trailscope.lookml.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies that keep insertion order (unlike {@code Map.copyOf}) and allow null values from YAML. */
final class OrderedMaps {
    private OrderedMaps() {}

    static <V> Map<String, V> copyOf(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
