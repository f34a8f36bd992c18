package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One 20k-event generation shared by the tests of this package, generated once per JVM under
 * {@code target/} (replacing the previous run's), so no slow clean-up delays the JVM's exit.
 */
final class GeneratedSample {
    static final GeneratorConfig CONFIG =
            new GeneratorConfig(20_000, 42, 3, 7, LocalDate.of(2024, 5, 1), Optional.empty(), 2);
    static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static GenerationSummary summary;
    private static List<Path> files;
    private static List<JsonNode> records;

    private GeneratedSample() {
    }

    static synchronized Path root() {
        if (root == null) {
            root = Path.of("target", "generator-sample").toAbsolutePath();
            delete(root);
            summary = LogGenerator.generate(CONFIG, root);
            files = list(root);
        }
        return root;
    }

    static synchronized GenerationSummary summary() {
        root();
        return summary;
    }

    /** Every file, as keys relative to the root with '/' separators, sorted. */
    static synchronized List<Path> files() {
        root();
        return files;
    }

    static String key(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }

    static JsonNode read(Path file) {
        try (InputStream input = new GZIPInputStream(Files.newInputStream(file))) {
            return JSON.readTree(input);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    static byte[] gunzip(Path file) {
        try (InputStream input = new GZIPInputStream(Files.newInputStream(file))) {
            return input.readAllBytes();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    static List<Path> logFiles() {
        List<Path> logs = new ArrayList<>();
        for (Path file : files()) {
            if (key(file).contains("/CloudTrail/")) {
                logs.add(file);
            }
        }
        return logs;
    }

    /** Every record of every log file (not digests, not Insights). */
    static synchronized List<JsonNode> records() {
        if (records == null) {
            List<JsonNode> all = new ArrayList<>();
            for (Path file : logFiles()) {
                read(file).get("Records").forEach(all::add);
            }
            records = List.copyOf(all);
        }
        return records;
    }

    static List<Path> list(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
