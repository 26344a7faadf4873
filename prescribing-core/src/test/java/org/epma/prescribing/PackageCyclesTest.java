package org.epma.prescribing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The domain's packages depend on each other one way only, so each can be read, tested and changed from the
 * packages below it (checks below order and patient; formulary below checks).
 */
class PackageCyclesTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.epma.prescribing");

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("org.epma.prescribing.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }
}
