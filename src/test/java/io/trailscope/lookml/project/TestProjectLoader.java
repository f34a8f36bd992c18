package io.trailscope.lookml.project;

import static io.trailscope.error.ErrorCode.LOOKML_DUPLICATE;
import static io.trailscope.error.ErrorCode.LOOKML_INCLUDE;
import static io.trailscope.error.ErrorCode.LOOKML_SYNTAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.LookmlFile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TestProjectLoader {
    @Test
    void loadsTheFixtureProjectFromAFolder() throws URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("lookml/project").toURI());
        LookmlProject project = ProjectLoader.load(ProjectFiles.directory(root));

        assertThat(project.root()).isEqualTo(root.toAbsolutePath().normalize().toString());
        assertThat(project.errors()).isEmpty();
        assertThat(project.models()).singleElement().satisfies(model -> {
            assertThat(model.name()).isEqualTo("trail_audit");
            assertThat(model.file().path()).isEqualTo("trail_audit.model.lkml");
            assertThat(model.includedPaths()).containsExactly("api_calls.view.lkml", "views/summaries.view.lkml",
                    "refinements.explore.lkml", "dashboards/call_overview.dashboard.lookml",
                    "dashboards/sign_ins.dashboard.lookml");
        });
        ModelFile model = project.model("trail_audit").orElseThrow();
        assertThat(project.includedLookml(model)).extracting(LookmlFile::path)
                .containsExactly("api_calls.view.lkml", "views/summaries.view.lkml", "refinements.explore.lkml");
        assertThat(project.includedDashboards(model)).extracting(file -> file.dashboards().get(0).name())
                .containsExactly("call_overview", "sign_ins");
        assertThat(project.lookmlFiles().keySet())
                .containsExactly("api_calls.view.lkml", "views/summaries.view.lkml", "refinements.explore.lkml");
        assertThat(project.manifest().orElseThrow().scalar("project_name")).contains("trail_audit");
        assertThat(project.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "dashboards/sign_ins.dashboard.lookml:23:5: warning: duplicate key 'row' (first at line 19); the last one wins");
    }

    @Test
    void loadsTheFixtureProjectFromTheClassPath() {
        LookmlProject project = ProjectLoader.load(ProjectFiles.classpath(getClass().getClassLoader(), "/lookml/project/"));
        assertThat(project.root()).isEqualTo("classpath:lookml/project");
        assertThat(project.models()).singleElement()
                .satisfies(model -> assertThat(model.includedPaths()).hasSize(5));
    }

    @Test
    void includedFilesComeAfterTheirOwnIncludesAndAreReadOnce() {
        TestingProjectFiles files = new TestingProjectFiles(Map.of(
                "a.model.lkml", "include: \"refine.lkml\"\ninclude: \"base.view\"\n",
                "b.model.lkml", "include: \"/base.view.lkml\"\ninclude: \"refine\"",
                "refine.lkml", "include: \"base.view\"\nview: +base {}\n",
                "base.view.lkml", "view: base {}\n"));
        LookmlProject project = ProjectLoader.load(files);
        assertThat(project.model("a").orElseThrow().includedPaths()).containsExactly("base.view.lkml", "refine.lkml");
        assertThat(project.model("b").orElseThrow().includedPaths()).containsExactly("base.view.lkml", "refine.lkml");
        assertThat(files.reads("base.view.lkml")).isEqualTo(1);
        assertThat(files.reads("refine.lkml")).isEqualTo(1);
        assertThat(project.diagnostics()).isEmpty();
    }

    @Test
    void warnsAboutIncludesMatchingNothingAndDuplicates() {
        LookmlProject project = ProjectLoader.load(ProjectFiles.inMemory("p", Map.of(
                "m.model.lkml", "include: \"*.view\"\ninclude: \"nothing/*.view\"\ninclude: \"*.view\"\n"
                        + "include: \"README\"\ninclude: [\"x.view\", \"m.model.lkml\"]\n",
                "x.view.lkml", "view: x {}",
                "README.md", "not LookML")));
        assertThat(project.errors()).isEmpty();
        assertThat(project.model("m").orElseThrow().includedPaths()).containsExactly("x.view.lkml");
        assertThat(project.diagnostics()).containsExactly(
                Diagnostic.warning(new SourceLocation("m.model.lkml", 2, 10),
                        "include 'nothing/*.view' matches no view, explore, LookML or dashboard file"),
                Diagnostic.warning(new SourceLocation("m.model.lkml", 3, 10), "duplicate include '*.view' (already at line 1)"),
                Diagnostic.warning(new SourceLocation("m.model.lkml", 4, 10),
                        "include 'README' matches no view, explore, LookML or dashboard file"),
                Diagnostic.warning(new SourceLocation("m.model.lkml", 5, 21),
                        "include 'm.model.lkml' matches no view, explore, LookML or dashboard file"));
    }

    @Test
    void dependencyIncludesAreReportedAsUnsupported() {
        LookmlProject project = ProjectLoader.load(ProjectFiles.inMemory("p", Map.of(
                "m.model.lkml", "connection: \"c\"\ninclude: \"//shared_project/views/*.view\"\n")));
        assertThat(project.errors()).singleElement().satisfies(error -> {
            assertThat(error.errorCode()).isEqualTo(LOOKML_INCLUDE);
            assertThat(error.getMessage()).isEqualTo("m.model.lkml:2:10: include '//shared_project/views/*.view' names "
                    + "a file of another project; project dependencies are not supported");
        });
        TrailException thrown = catchThrowableOfType(TrailException.class, project::throwIfErrors);
        assertThat(thrown.errorCode()).isEqualTo(LOOKML_INCLUDE);
    }

    @Test
    void brokenFilesBecomeErrorsWithoutStoppingTheLoad() {
        LookmlProject project = ProjectLoader.load(ProjectFiles.inMemory("p", Map.of(
                "m.model.lkml", "include: \"*.view\"\ninclude: \"*.dashboard\"\n",
                "bad.view.lkml", "view: bad {\n  type string\n}\n",
                "good.view.lkml", "view: good {}\n",
                "bad.dashboard.lookml", "- dashboard: d\n   title: x\n  layout: newspaper\n")));
        assertThat(project.hasErrors()).isTrue();
        assertThat(project.errors()).extracting(error -> error.getMessage().lines().findFirst().orElseThrow())
                .containsExactly("bad.view.lkml:2:7: expected ':' after 'type', found 'string'",
                        "bad.dashboard.lookml:2:9: invalid YAML: mapping values are not allowed here");
        assertThat(project.errors().get(0).errorCode()).isEqualTo(LOOKML_SYNTAX);
        assertThat(project.model("m").orElseThrow().includedPaths())
                .containsExactly("bad.view.lkml", "good.view.lkml", "bad.dashboard.lookml");
        assertThat(project.includedLookml(project.model("m").orElseThrow())).extracting(LookmlFile::path)
                .containsExactly("good.view.lkml");
        TrailException thrown = catchThrowableOfType(TrailException.class, project::throwIfErrors);
        assertThat(thrown.getMessage()).startsWith("bad.view.lkml:2:7: expected ':' after 'type', found 'string'\n")
                .endsWith("(and 1 more errors)");
    }

    @Test
    void duplicateModelNamesAndMissingModelsAreReported() {
        LookmlProject twice = ProjectLoader.load(ProjectFiles.inMemory("p", Map.of(
                "a/m.model.lkml", "connection: \"x\"", "b/m.model.lkml", "connection: \"y\"")));
        assertThat(twice.models()).extracting(ModelFile::name).containsExactly("m");
        assertThat(twice.errors()).singleElement().satisfies(error -> {
            assertThat(error.errorCode()).isEqualTo(LOOKML_DUPLICATE);
            assertThat(error.getMessage()).isEqualTo("b/m.model.lkml: model 'm' is defined twice: a/m.model.lkml and b/m.model.lkml");
        });
        LookmlProject none = ProjectLoader.load(ProjectFiles.inMemory("empty", Map.of("x.view.lkml", "view: x {}")));
        assertThat(none.models()).isEmpty();
        assertThat(none.diagnostics()).containsExactly(
                Diagnostic.warning(SourceLocation.of("empty"), "no *.model.lkml file in the project"));
    }
}
