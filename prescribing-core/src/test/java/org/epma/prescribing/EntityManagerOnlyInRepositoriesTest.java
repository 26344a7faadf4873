package org.epma.prescribing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.epma.prescribing.testing.PersistenceConfinement;
import org.junit.jupiter.api.Test;

/** The domain reaches the database only through its repositories' JPA implementations (classes named Jpa…). */
class EntityManagerOnlyInRepositoriesTest {

    /** This module's own classes (the other modules have their own test of the rule). */
    private static final JavaClasses DOMAIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void onlyRepositoryImplementationsUseTheEntityManager() {
        PersistenceConfinement.entityManagerOnlyInRepositories().check(DOMAIN);
    }

    @Test
    void onlyRepositoryImplementationsHaveAPersistenceContext() {
        PersistenceConfinement.persistenceContextOnlyInRepositories().check(DOMAIN);
    }
}
