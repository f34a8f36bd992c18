package io.trailscope.lookml;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test fixtures from the class path ({@code src/test/resources}). */
public final class TestingFixtures {
    private TestingFixtures() {}

    public static String read(String resource) {
        try (InputStream in = TestingFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture of the sample project under {@code lookml/project/}. */
    public static String project(String path) {
        return read("lookml/project/" + path);
    }
}
