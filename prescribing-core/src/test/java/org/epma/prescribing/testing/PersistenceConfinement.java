package org.epma.prescribing.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Where the database is reached (DESIGN.md, Where rules live): only the JPA implementations of repositories and read
 * models, whose simple names start with "Jpa", touch an EntityManager, a persistence context or a query, native or
 * not. Every other class works through the repository's interface. Shared by the modules' tests.
 */
public final class PersistenceConfinement {

    /** A class named Jpa…, or one nested in such a class. */
    public static final DescribedPredicate<JavaClass> REPOSITORY_IMPLEMENTATION =
            DescribedPredicate.describe("a repository implementation (simple name starting with Jpa)",
                    c -> outermost(c).getSimpleName().startsWith("Jpa"));

    private PersistenceConfinement() {
    }

    /** No class but a repository implementation uses EntityManager, EntityManagerFactory or Query. */
    public static ArchRule entityManagerOnlyInRepositories() {
        return noClasses().that(DescribedPredicate.not(REPOSITORY_IMPLEMENTATION))
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
                .orShould().dependOnClassesThat().areAssignableTo(Query.class)
                .because("the database is reached through repositories and read models, implemented by Jpa* classes");
    }

    /** No field outside a repository implementation is given a persistence context or unit. */
    public static ArchRule persistenceContextOnlyInRepositories() {
        return noFields().that().areDeclaredInClassesThat(DescribedPredicate.not(REPOSITORY_IMPLEMENTATION))
                .should().beAnnotatedWith(PersistenceContext.class)
                .orShould().beAnnotatedWith(PersistenceUnit.class);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
