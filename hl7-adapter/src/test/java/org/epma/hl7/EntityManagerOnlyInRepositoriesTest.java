package org.epma.hl7;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.epma.prescribing.testing.PersistenceConfinement;
import org.junit.jupiter.api.Test;

/**
 * The HL7 adapter reaches the database only through repositories' JPA implementations (classes named Jpa…): it reads
 * orders through core's read model (pharmacyorder.PharmacyOrders), not core's tables.
 */
class EntityManagerOnlyInRepositoriesTest {

    /** This module's own classes (the other modules have their own test of the rule). */
    private static final JavaClasses HL7 = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void onlyRepositoryImplementationsUseTheEntityManager() {
        PersistenceConfinement.entityManagerOnlyInRepositories().check(HL7);
    }

    @Test
    void onlyRepositoryImplementationsHaveAPersistenceContext() {
        PersistenceConfinement.persistenceContextOnlyInRepositories().check(HL7);
    }
}
