package org.epma.prescribing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.epma.prescribing.testing.PersistenceConfinement;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

/** The domain reaches the database only through its repositories' JPA implementations (classes named Jpa…). */
class EntityManagerOnlyInRepositoriesTest {

    /** This module's own classes (the other modules have their own test of the rule). */
    private static final JavaClasses DOMAIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    /**
     * The order and administration packages get their repositories on another branch of issue 13: the coordinator
     * removes this exemption (making it DescribedPredicate.alwaysFalse()) after merging it.
     */
    private static final DescribedPredicate<JavaClass> NOT_YET = resideInAnyPackage("..order..", "..administration..");

    @Test
    void onlyRepositoryImplementationsUseTheEntityManager() {
        PersistenceConfinement.entityManagerOnlyInRepositories(NOT_YET).check(DOMAIN);
    }

    @Test
    void onlyRepositoryImplementationsHaveAPersistenceContext() {
        PersistenceConfinement.persistenceContextOnlyInRepositories(NOT_YET).check(DOMAIN);
    }
}
