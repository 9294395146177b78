package de.werkbank;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core (domain, store, seed, command line) knows nothing of JavaFX; only ui and app do. */
@AnalyzeClasses(packages = "de.werkbank", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses()
            .that().resideOutsideOfPackages("de.werkbank.ui..", "de.werkbank.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackages("de.werkbank.ui..", "de.werkbank.app..")
            .should().dependOnClassesThat().resideInAnyPackage("de.werkbank.ui..", "de.werkbank.app..");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses()
            .that().resideOutsideOfPackages("de.werkbank.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    /** The main window puts the views together; a view or dialog never needs it (no import circle). */
    @ArchTest
    static final ArchRule viewsDoNotNeedTheMainWindow = noClasses()
            .that().resideInAPackage("de.werkbank.ui..").and().resideOutsideOfPackage("de.werkbank.ui.shell")
            .should().dependOnClassesThat().haveFullyQualifiedName("de.werkbank.ui.shell.MainWindow");
}
