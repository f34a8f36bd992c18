package io.trailscope.query.result;

import io.trailscope.query.time.Timeframe;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the missing keys of {@code fill_fields}: keys are tuples of dimension values; at the fill positions every
 * value of the field's domain appears, once per combination of the other positions' values present. The keys
 * present keep their order; added keys follow.
 */
final class KeyFill {
    private KeyFill() {}

    /** The filled keys, or the same keys (and a note) when a domain is unavailable or too large. */
    static List<List<Object>> fill(List<List<Object>> keys, List<Optional<Timeframe>> timeframes,
            Set<Integer> positions, DayOfWeek weekStart, List<String> notes, List<String> names) {
        if (positions.isEmpty()) {
            return keys;
        }
        Map<Integer, List<Object>> domains = new LinkedHashMap<>();
        for (int position : positions) {
            List<Object> present = keys.stream().map(key -> key.get(position)).toList();
            Optional<List<Object>> domain = timeframes.get(position)
                    .flatMap(timeframe -> FillDomains.values(timeframe, present, weekStart));
            if (domain.isEmpty()) {
                notes.add("fill_fields: '" + names.get(position) + "' was not filled (not a date or timeframe, or"
                        + " more than " + FillDomains.MAX_VALUES + " values)");
                continue;
            }
            domains.put(position, domain.get());
        }
        Map<List<Object>, Set<List<Object>>> groups = new LinkedHashMap<>();
        for (List<Object> key : keys) {
            groups.computeIfAbsent(others(key, domains.keySet()), group -> new LinkedHashSet<>()).add(key);
        }
        Set<List<Object>> result = new LinkedHashSet<>(keys);
        for (List<Object> group : groups.keySet()) {
            for (List<Object> combination : combinations(new ArrayList<>(domains.values()))) {
                if (result.size() > FillDomains.MAX_VALUES * 10) {
                    notes.add("fill_fields: stopped filling after " + result.size() + " rows");
                    return List.copyOf(result);
                }
                result.add(merge(group, combination, new ArrayList<>(domains.keySet()), keys.get(0).size()));
            }
        }
        return List.copyOf(result);
    }

    /** The key without the fill positions (which are left null) — the group a key belongs to. */
    private static List<Object> others(List<Object> key, Set<Integer> positions) {
        List<Object> group = new ArrayList<>(key);
        for (int position : positions) {
            group.set(position, null);
        }
        return group;
    }

    private static List<Object> merge(List<Object> group, List<Object> combination, List<Integer> positions,
            int size) {
        List<Object> key = new ArrayList<>(group);
        while (key.size() < size) {
            key.add(null);
        }
        for (int i = 0; i < positions.size(); i++) {
            key.set(positions.get(i), combination.get(i));
        }
        return key;
    }

    private static List<List<Object>> combinations(List<List<Object>> domains) {
        List<List<Object>> result = new ArrayList<>();
        result.add(new ArrayList<>());
        for (List<Object> domain : domains) {
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> prefix : result) {
                for (Object value : domain) {
                    List<Object> extended = new ArrayList<>(prefix);
                    extended.add(value);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }
}
