package io.trailscope.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code trailscope.yaml}: connection name → how to reach it. Names not listed use the embedded store.
 * <pre>
 * connections:
 *   aws_optimizer:          # the model's connection: name
 *     type: duckdb          # duckdb | trino | athena
 *     path: store.db        # optional; relative to this file; default: the --db store
 *     schemas:              # names SQL in the model uses → schema of the store
 *       aws_optimizer: main
 * </pre>
 */
public record EngineConfig(Map<String, ConnectionConfig> connections) {
    public static final String FILE_NAME = "trailscope.yaml";
    private static final Set<String> DUCKDB_KEYS = Set.of("type", "path", "schemas");
    private static final Set<String> TRINO_KEYS = Set.of("type", "url", "user", "catalog", "schema");
    private static final Set<String> ATHENA_KEYS = Set.of("type", "region", "database", "workgroup",
            "output_location");

    public EngineConfig {
        connections = Collections.unmodifiableMap(new LinkedHashMap<>(connections));
    }

    public static EngineConfig empty() {
        return new EngineConfig(Map.of());
    }

    /** The connection for a model's {@code connection:} name; the embedded store when it is not configured. */
    public ConnectionConfig connection(Optional<String> name) {
        return name.map(connections::get).orElse(ConnectionConfig.DuckDb.defaultStore());
    }

    public static EngineConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new TrailException(ErrorCode.CONFIG_INVALID, "cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation location = at == null ? SourceLocation.of(file.toString())
                    : new SourceLocation(file.toString(), at.getLineNr(), at.getColumnNr());
            String problem = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            throw new TrailException(ErrorCode.CONFIG_INVALID, location, "not valid YAML: " + problem);
        }
        return parse(root, file);
    }

    private static EngineConfig parse(JsonNode root, Path file) {
        if (root == null || root.isNull() || root.isMissingNode()) {
            return empty();
        }
        if (!root.isObject()) {
            throw invalid(file, "expected 'connections:' at the top");
        }
        JsonNode connections = root.path("connections");
        if (connections.isMissingNode() || connections.isNull()) {
            return empty();
        }
        if (!connections.isObject()) {
            throw invalid(file, "'connections' must map connection names to settings");
        }
        Map<String, ConnectionConfig> parsed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = connections.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            parsed.put(entry.getKey(), connection(entry.getKey(), entry.getValue(), file));
        }
        return new EngineConfig(parsed);
    }

    private static ConnectionConfig connection(String name, JsonNode node, Path file) {
        String where = "connections." + name;
        if (!node.isObject()) {
            throw invalid(file, where + " must be a mapping with a type");
        }
        String type = text(node, "type", where, file).orElseThrow(() -> invalid(file, where
                + ".type is missing: duckdb, trino or athena"));
        return switch (type) {
            case "duckdb" -> {
                known(node, DUCKDB_KEYS, where, file);
                Optional<Path> path = text(node, "path", where, file).map(value -> resolve(file, value));
                yield new ConnectionConfig.DuckDb(path, schemas(node.path("schemas"), where, file));
            }
            case "trino" -> {
                known(node, TRINO_KEYS, where, file);
                yield new ConnectionConfig.Trino(required(node, "url", where, file),
                        required(node, "user", where, file), text(node, "catalog", where, file),
                        text(node, "schema", where, file));
            }
            case "athena" -> {
                known(node, ATHENA_KEYS, where, file);
                yield new ConnectionConfig.Athena(required(node, "region", where, file),
                        text(node, "database", where, file), text(node, "workgroup", where, file),
                        text(node, "output_location", where, file));
            }
            default -> throw invalid(file, where + ".type '" + type + "' is not duckdb, trino or athena");
        };
    }

    private static Map<String, String> schemas(JsonNode node, String where, Path file) {
        Map<String, String> schemas = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return schemas;
        }
        if (!node.isObject()) {
            throw invalid(file, where + ".schemas must map names to store schemas, e.g. aws_optimizer: main");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw invalid(file, where + ".schemas." + entry.getKey() + " must be a schema name");
            }
            schemas.put(entry.getKey(), entry.getValue().asText());
        }
        return schemas;
    }

    private static void known(JsonNode node, Set<String> keys, String where, Path file) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw invalid(file, where + "." + key + " is not a setting of this connection type");
            }
        }
    }

    private static String required(JsonNode node, String key, String where, Path file) {
        return text(node, key, where, file).orElseThrow(() -> invalid(file, where + "." + key + " is missing"));
    }

    private static Optional<String> text(JsonNode node, String key, String where, Path file) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isContainerNode()) {
            throw invalid(file, where + "." + key + " must be a single value");
        }
        return Optional.of(value.asText());
    }

    private static Path resolve(Path file, String value) {
        Path path = Path.of(value);
        Path folder = file.toAbsolutePath().getParent();
        return path.isAbsolute() || folder == null ? path : folder.resolve(path);
    }

    private static TrailException invalid(Path file, String message) {
        return new TrailException(ErrorCode.CONFIG_INVALID, SourceLocation.of(file.toString()), message);
    }
}
