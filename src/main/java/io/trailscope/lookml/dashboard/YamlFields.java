package io.trailscope.lookml.dashboard;

import io.trailscope.lookml.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads of one YAML mapping. A value of the wrong shape is a warning and reads as absent; YAML null reads as
 * absent. Keys read are remembered, so {@link #rest()} returns the others (the visual settings of a tile).
 */
final class YamlFields {
    private final YamlMap map;
    private String owner;
    private final List<Diagnostic> diagnostics;
    private final Set<String> read = new HashSet<>();

    YamlFields(YamlMap map, String owner, List<Diagnostic> diagnostics) {
        this.map = map;
        this.owner = owner;
        this.diagnostics = diagnostics;
    }

    /** Renames the mapping in later warnings, once its name has been read. */
    void describeAs(String newOwner) {
        owner = newOwner;
    }

    /** Marks keys as handled elsewhere, so {@link #rest()} leaves them out. */
    void markRead(String... keys) {
        read.addAll(List.of(keys));
    }

    Optional<String> string(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlScalar scalar) {
            return Optional.of(scalar.text());
        }
        return mismatch(key, "text");
    }

    Optional<Integer> integer(String key) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(text.get().trim()));
        } catch (NumberFormatException e) {
            return mismatch(key, "a whole number");
        }
    }

    Optional<Boolean> bool(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isPresent() && node.get() instanceof YamlScalar scalar) {
            if (scalar.kind() == YamlScalar.Kind.TRUE || scalar.text().equalsIgnoreCase("true")) {
                return Optional.of(true);
            }
            if (scalar.kind() == YamlScalar.Kind.FALSE || scalar.text().equalsIgnoreCase("false")) {
                return Optional.of(false);
            }
        }
        return node.isEmpty() ? Optional.empty() : mismatch(key, "true or false");
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    List<String> strings(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlScalar scalar) {
            return List.of(scalar.text());
        }
        if (node.get() instanceof YamlList list) {
            List<String> strings = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    strings.add(scalar.text());
                } else if (!(item instanceof YamlScalar)) {
                    diagnostics.add(Diagnostic.warning(item.location(), "'" + key + "' in " + owner
                            + " should list plain values; this item is ignored"));
                }
            }
            return List.copyOf(strings);
        }
        mismatch(key, "a list");
        return List.of();
    }

    /** A mapping of scalars in file order; a null value reads as "". */
    Map<String, String> stringMap(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return Map.of();
        }
        if (!(node.get() instanceof YamlMap nested)) {
            mismatch(key, "a mapping");
            return Map.of();
        }
        Map<String, String> strings = new LinkedHashMap<>();
        nested.entries().forEach((name, value) -> {
            if (value instanceof YamlScalar scalar) {
                strings.put(name, scalar.isNull() ? "" : scalar.text());
            } else {
                diagnostics.add(Diagnostic.warning(nested.keyLocation(name), "'" + key + "." + name + "' in " + owner
                        + " should be a plain value; it is ignored"));
            }
        });
        return Collections.unmodifiableMap(strings);
    }

    /** Any mapping, as plain ordered Java values. */
    Map<String, Object> plainMap(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return Map.of();
        }
        if (node.get() instanceof YamlMap nested) {
            return castMap(nested.toPlain());
        }
        mismatch(key, "a mapping");
        return Map.of();
    }

    /** Any value as a list of plain Java values; a non-list counts as a list of one. */
    List<Object> plainList(String key) {
        Optional<YamlNode> node = present(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlList list) {
            return castList(list.toPlain());
        }
        return Collections.singletonList(node.get().toPlain());
    }

    /** The keys not read yet, in file order, without export artefacts such as {@code __FILE} and {@code __LINE_NUM}. */
    Map<String, Object> rest() {
        Map<String, Object> rest = new LinkedHashMap<>();
        map.entries().forEach((key, value) -> {
            if (!read.contains(key) && !key.startsWith("__")) {
                rest.put(key, value.toPlain());
            }
        });
        return Collections.unmodifiableMap(rest);
    }

    private Optional<YamlNode> present(String key) {
        read.add(key);
        return map.get(key).filter(node -> !(node instanceof YamlScalar scalar && scalar.isNull()));
    }

    private <T> Optional<T> mismatch(String key, String expected) {
        diagnostics.add(Diagnostic.warning(map.keyLocation(key), "'" + key + "' in " + owner + " should be "
                + expected + "; it is ignored"));
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object plain) {
        return (Map<String, Object>) plain;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object plain) {
        return (List<Object>) plain;
    }
}
