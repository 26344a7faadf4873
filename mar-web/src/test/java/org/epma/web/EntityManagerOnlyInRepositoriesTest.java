package org.epma.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.epma.prescribing.testing.PersistenceConfinement;
import org.junit.jupiter.api.Test;

/** No resource or other web class reaches the database but through a repository's JPA implementation (a class named Jpa…). */
class EntityManagerOnlyInRepositoriesTest {

    /** This module's own classes (the other modules have their own test of the rule). */
    private static final JavaClasses WEB = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void onlyRepositoryImplementationsUseTheEntityManager() {
        PersistenceConfinement.entityManagerOnlyInRepositories().check(WEB);
    }

    @Test
    void onlyRepositoryImplementationsHaveAPersistenceContext() {
        PersistenceConfinement.persistenceContextOnlyInRepositories().check(WEB);
    }
}
