package io.trailscope.sql;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SQL layer is a pure library: no JDBC, no I/O, no semantic model; the AST does not know the dialects. */
final class TestSqlArchitecture {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trailscope.sql");

    @Test
    void noJdbcNetworkOrFiles() {
        noClasses().that().resideInAPackage("io.trailscope.sql..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..",
                        "java.io..", "org.duckdb..", "io.trino..", "com.fasterxml..", "software.amazon..")
                .check(CLASSES);
    }

    @Test
    void onlyTheJdkAndErrorsBeyondItself() {
        classes().that().resideInAPackage("io.trailscope.sql..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.trailscope.sql..", "io.trailscope.error..", "java..")
                .check(CLASSES);
    }

    @Test
    void astDoesNotKnowDialects() {
        noClasses().that().resideInAPackage("io.trailscope.sql")
                .should().dependOnClassesThat().resideInAPackage("io.trailscope.sql.dialect..")
                .check(CLASSES);
    }
}
