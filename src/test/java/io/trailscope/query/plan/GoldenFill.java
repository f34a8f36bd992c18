package io.trailscope.query.plan;

import io.trailscope.query.QueryRequest;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Development aid: replaces //GOLDEN markers in a test file with the current SQL of the named request constant. */
final class GoldenFill {
    @Test
    void fill() throws Exception {
        String file = System.getProperty("golden.file");
        if (file == null) {
            return;
        }
        Path path = Path.of(file);
        String text = Files.readString(path);
        String className = "io.trailscope.query.plan." + path.getFileName().toString().replace(".java", "");
        Class<?> type = Class.forName(className);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//GOLDEN ")) {
                String name = trimmed.substring("//GOLDEN ".length());
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                String golden = ScratchPrint.golden((QueryRequest) field.get(null));
                String indent = line.substring(0, line.indexOf("//"));
                for (String goldenLine : golden.strip().split("\n")) {
                    out.append(indent).append(goldenLine).append('\n');
                }
                continue;
            }
            out.append(line).append('\n');
        }
        Files.writeString(path, out.toString().substring(0, out.length() - 1).replace(";\n                ;", ";"));
    }
}
