package io.trailscope.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an accounts file: CSV ({@code account_id,account_name} per line, an optional header, {@code #}
 * comments) or YAML (a mapping from account id to name; quote ids with leading zeros).
 */
public final class AccountNamesFile {
    private static final int MAX_NAME = 256;

    private AccountNamesFile() {
    }

    public static Map<String, String> read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return yaml(file);
            }
            return csv(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TrailException(ErrorCode.ACCOUNTS_FILE_INVALID, "cannot read the accounts file " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, String> csv(Path file, List<String> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int comma = line.indexOf(',');
            SourceLocation location = new SourceLocation(file.toString(), i + 1, 1);
            if (comma < 0) {
                throw new TrailException(ErrorCode.ACCOUNTS_FILE_INVALID, location, "expected account_id,account_name");
            }
            String id = unquote(line.substring(0, comma));
            String accountName = unquote(line.substring(comma + 1));
            if (names.isEmpty() && !id.isEmpty() && !Character.isDigit(id.charAt(0))) {
                continue;
            }
            put(names, id, accountName, location);
        }
        return names;
    }

    private static Map<String, String> yaml(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        Map<String, String> names = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return names;
        }
        if (!root.isObject()) {
            throw new TrailException(ErrorCode.ACCOUNTS_FILE_INVALID, SourceLocation.of(file.toString()),
                    "expected a mapping from account id to name");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isValueNode()) {
                throw new TrailException(ErrorCode.ACCOUNTS_FILE_INVALID, SourceLocation.of(file.toString()),
                        "the name of account " + field.getKey() + " is not a plain value");
            }
            put(names, field.getKey().strip(), field.getValue().asText().strip(), SourceLocation.of(file.toString()));
        }
        return names;
    }

    private static void put(Map<String, String> names, String id, String name, SourceLocation location) {
        if (id.isEmpty() || name.isEmpty()) {
            throw new TrailException(ErrorCode.ACCOUNTS_FILE_INVALID, location, "empty account id or name");
        }
        if (name.length() > MAX_NAME || id.length() > MAX_NAME) {
            throw new TrailException(ErrorCode.ACCOUNTS_FILE_INVALID, location, "account id or name longer than " + MAX_NAME);
        }
        if (names.putIfAbsent(id, name) != null) {
            throw new TrailException(ErrorCode.ACCOUNTS_FILE_INVALID, location, "account " + id + " is named twice");
        }
    }

    private static String unquote(String field) {
        String value = field.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
        }
        return value;
    }
}
