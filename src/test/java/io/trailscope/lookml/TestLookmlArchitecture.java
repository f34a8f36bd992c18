package io.trailscope.lookml;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The LookML layer parses files; it knows nothing of engines, SQL execution, HTTP or the rest of trailscope. */
final class TestLookmlArchitecture {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.trailscope.lookml");

    @Test
    void dependsOnlyOnTheJdkJacksonAndErrors() {
        noClasses().that().resideInAPackage("io.trailscope.lookml..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "io.trino..",
                        "picocli..", "java.net.http..", "com.sun.net.httpserver..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.trailscope.lookml..")
                .should().dependOnClassesThat().resideInAnyPackage("io.trailscope.model..", "io.trailscope.query..",
                        "io.trailscope.sql..", "io.trailscope.engine..", "io.trailscope.web..", "io.trailscope.cli..",
                        "io.trailscope.app..", "io.trailscope.ingest..", "io.trailscope.dashboard..")
                .check(CLASSES);
    }

    @Test
    void theSyntaxTreeDoesNotKnowHowItIsParsed() {
        noClasses().that().resideInAPackage("io.trailscope.lookml.tree..")
                .should().dependOnClassesThat().resideInAnyPackage("io.trailscope.lookml.parse..",
                        "io.trailscope.lookml.project..", "io.trailscope.lookml.dashboard..", "com.fasterxml..")
                .check(CLASSES);
    }
}
