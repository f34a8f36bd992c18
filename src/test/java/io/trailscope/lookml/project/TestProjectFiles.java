package io.trailscope.lookml.project;

import static io.trailscope.error.ErrorCode.LOOKML_INCLUDE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trailscope.error.TrailException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestProjectFiles {
    @TempDir
    Path temp;

    @Test
    void directoryListsRelativeSortedPathsAndSkipsHiddenFolders() throws IOException {
        write(temp.resolve("z.model.lkml"), "connection: \"c\"");
        write(temp.resolve("views/a.view.lkml"), "view: a {}");
        write(temp.resolve(".git/config.view.lkml"), "junk");
        write(temp.resolve(".hidden.view.lkml"), "junk");
        ProjectFiles files = ProjectFiles.directory(temp);
        assertThat(files.list()).containsExactly("views/a.view.lkml", "z.model.lkml");
        assertThat(files.read("views/a.view.lkml")).isEqualTo("view: a {}");
        TrailException outside = catchThrowableOfType(TrailException.class, () -> files.read("../etc/passwd"));
        assertThat(outside.errorCode()).isEqualTo(LOOKML_INCLUDE);
        assertThat(outside.getMessage()).startsWith("'../etc/passwd' is outside the project folder ");
        TrailException missing = catchThrowableOfType(TrailException.class,
                () -> ProjectFiles.directory(temp.resolve("nope")).list());
        assertThat(missing.errorCode()).isEqualTo(LOOKML_INCLUDE);
    }

    @Test
    void classpathFolderInsideAJar() throws IOException {
        Path jar = temp.resolve("block.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : new String[] {"blocks/", "blocks/cloud/", "blocks/cloud/views/", "blocks/other/"}) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            entry(out, "blocks/cloud/m.model.lkml", "include: \"views/*.view\"\n");
            entry(out, "blocks/cloud/views/v.view.lkml", "view: v {}\n");
            entry(out, "blocks/other/x.view.lkml", "view: x {}\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ProjectFiles files = ProjectFiles.classpath(loader, "blocks/cloud");
            assertThat(files.root()).isEqualTo("classpath:blocks/cloud");
            assertThat(files.list()).containsExactly("m.model.lkml", "views/v.view.lkml");
            LookmlProject project = ProjectLoader.load(files);
            assertThat(project.model("m").orElseThrow().includedPaths()).containsExactly("views/v.view.lkml");
            TrailException missing = catchThrowableOfType(TrailException.class,
                    () -> ProjectFiles.classpath(loader, "blocks/none"));
            assertThat(missing.getMessage()).isEqualTo("no folder 'blocks/none' on the class path");
        }
    }

    @Test
    void inMemoryDropsLeadingSlashes() {
        ProjectFiles files = ProjectFiles.inMemory("mem", Map.of("/b.view.lkml", "b", "a.model.lkml", "a"));
        assertThat(files.list()).containsExactly("a.model.lkml", "b.view.lkml");
        assertThat(files.read("/b.view.lkml")).isEqualTo("b");
        assertThat(catchThrowableOfType(TrailException.class, () -> files.read("c")).getMessage())
                .isEqualTo("no file 'c' in project mem");
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(text.getBytes(UTF_8));
        out.closeEntry();
    }
}
