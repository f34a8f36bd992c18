package io.trailscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: cli/web/app → dashboard → query → model → lookml; query → sql;
 * ingest → cloudtrail, engine; geo, accounts → engine (store schema); cli → ingest, geo, accounts;
 * block (the bundled LookML files) → error; everything → error. The semantic core (lookml, model, query, sql)
 * knows nothing of JDBC, HTTP or AWS.
 */
final class TestArchitecture {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.trailscope");
    }

    private static String pkg(String name) {
        return "io.trailscope." + name + "..";
    }

    @Test
    void semanticCoreKnowsNoJdbcHttpOrAws() {
        noClasses().that().resideInAnyPackage(pkg("lookml"), pkg("model"), pkg("query"), pkg("sql"))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "io.trino..", "io.javalin..",
                        "software.amazon..", "java.net.http..", "jakarta.servlet..", "org.eclipse.jetty..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void semanticCoreDoesNotReachOutward() {
        noClasses().that().resideInAnyPackage(pkg("lookml"), pkg("model"), pkg("query"), pkg("sql"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("engine"), pkg("ingest"), pkg("cloudtrail"),
                        pkg("dashboard"), pkg("web"), pkg("cli"), pkg("app"))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void sqlKnowsNothingOfTheModel() {
        noClasses().that().resideInAPackage(pkg("sql"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("lookml"), pkg("model"), pkg("query"))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void lookmlSyntaxKnowsNothingOfResolution() {
        noClasses().that().resideInAPackage(pkg("lookml"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("model"), pkg("query"), pkg("sql"))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void modelDoesNotCompileQueries() {
        noClasses().that().resideInAPackage(pkg("model"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("query"), pkg("sql"))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void dashboardsRunWithoutHttpOrCommandLine() {
        noClasses().that().resideInAPackage(pkg("dashboard"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("web"), pkg("cli"), pkg("app"),
                        "io.javalin..", "jakarta.servlet..", "picocli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void cloudtrailIsALeafDomain() {
        noClasses().that().resideInAPackage(pkg("cloudtrail"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ingest"), pkg("engine"), pkg("cli"), pkg("web"),
                        pkg("app"), pkg("dashboard"), "java.sql..", "org.duckdb..")
                .check(classes);
    }

    @Test
    void engineDoesNotReadLogsOrServe() {
        noClasses().that().resideInAPackage(pkg("engine"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ingest"), pkg("cli"), pkg("web"), pkg("app"), pkg("dashboard"))
                .check(classes);
    }

    @Test
    void ingestDoesNotServeOrParseModels() {
        noClasses().that().resideInAPackage(pkg("ingest"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("cli"), pkg("web"), pkg("app"), pkg("dashboard"),
                        pkg("lookml"), pkg("model"), pkg("query"))
                .check(classes);
    }

    @Test
    void enrichmentKnowsOnlyTheStore() {
        noClasses().that().resideInAnyPackage(pkg("geo"), pkg("accounts"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("cli"), pkg("web"), pkg("app"), pkg("dashboard"),
                        pkg("ingest"), pkg("lookml"), pkg("model"), pkg("query"), pkg("sql"), pkg("block"))
                .check(classes);
    }

    @Test
    void ingestRunsWithoutEnrichment() {
        noClasses().that().resideInAPackage(pkg("ingest"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("geo"), pkg("accounts"), pkg("block"))
                .check(classes);
    }

    @Test
    void theBuiltInBlockIsOnlyFiles() {
        noClasses().that().resideInAPackage(pkg("block"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("cli"), pkg("web"), pkg("app"), pkg("ingest"), pkg("engine"),
                        pkg("geo"), pkg("accounts"), "java.sql..", "org.duckdb..")
                .check(classes);
    }

    @Test
    void onlyTheEntryPointsSitOnTop() {
        noClasses().that().resideOutsideOfPackages(pkg("cli"), pkg("web"), pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("cli"), pkg("web"), pkg("app"))
                .check(classes);
    }

    @Test
    void errorIsALeaf() {
        noClasses().that().resideInAPackage(pkg("error"))
                .should().dependOnClassesThat().resideOutsideOfPackages(pkg("error"), "java..")
                .check(classes);
    }
}
