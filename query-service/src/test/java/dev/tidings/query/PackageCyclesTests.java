package dev.tidings.query;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages of the service free of cycles: each feature package may use others, but none
 * may depend, directly or through others, on a package that depends on it.
 */
class PackageCyclesTests {

    @Test
    void noPackageDependsOnOneThatDependsOnIt() {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.tidings.query");

        slices().matching("dev.tidings.query.(*)..").should().beFreeOfCycles().check(service);
    }
}
