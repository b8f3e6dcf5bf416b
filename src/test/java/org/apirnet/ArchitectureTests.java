package org.apirnet;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** Rules Spring Modulith does not state directly: web and persistence entry points stay private to their module. */
class ArchitectureTests {

    private static final Pattern MODULE = Pattern.compile("^org\\.apirnet\\.([a-z]+)(\\..*)?$");

    private final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.apirnet");

    private static final DescribedPredicate<JavaClass> CONTROLLERS =
            new DescribedPredicate<>("controllers") {
                @Override
                public boolean test(JavaClass type) {
                    return type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class)
                            || type.isAnnotatedWith(ControllerAdvice.class);
                }
            };

    private static final DescribedPredicate<JavaClass> CONTROLLERS_AND_REPOSITORIES =
            new DescribedPredicate<>("controllers and Spring Data repositories") {
                @Override
                public boolean test(JavaClass type) {
                    return CONTROLLERS.test(type) || type.isAssignableTo(Repository.class);
                }
            };

    @Test
    void controllersAndRepositoriesAreUsedOnlyInsideTheirOwnModule() {
        classes().that(CONTROLLERS_AND_REPOSITORIES)
                .should(onlyBeUsedFromTheirOwnModule())
                .check(portal);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that(CONTROLLERS).should().notBePublic().check(portal);
    }

    /**
     * A repository is never part of a module's API: package-private in the module's base package. Inside a module's
     * internal sub-packages (which Spring Modulith keeps from other modules) it may be public, for its sibling packages.
     */
    @Test
    void repositoriesAreNotPublicInAModulesApi() {
        classes().that().areAssignableTo(Repository.class).and().resideInAPackage("org.apirnet.*")
                .should().notBePublic().check(portal);
    }

    @Test
    void requestHandlersNeverBindEntities() {
        methods().that().areAnnotatedWith(RequestMapping.class).or().areAnnotatedWith(GetMapping.class)
                .or().areAnnotatedWith(PostMapping.class).or().areAnnotatedWith(PutMapping.class)
                .or().areAnnotatedWith(DeleteMapping.class).or().areAnnotatedWith(PatchMapping.class)
                .should(new ArchCondition<JavaMethod>("take no JPA entity as a parameter") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getRawParameterTypes().stream()
                                .filter(type -> type.isAnnotatedWith(Entity.class))
                                .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " binds entity " + type.getName() + "; bind a form record")));
                    }
                })
                .because("forms bind to records, so a request can never set a field the form does not show")
                .allowEmptyShould(true)
                .check(portal);
    }

    private static ArchCondition<JavaClass> onlyBeUsedFromTheirOwnModule() {
        return new ArchCondition<>("only be used from their own module") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                Optional<String> targetModule = moduleOf(target);
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    Optional<String> originModule = moduleOf(dependency.getOriginClass());
                    if (originModule.isPresent() && !originModule.equals(targetModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> moduleOf(JavaClass type) {
        Matcher matcher = MODULE.matcher(type.getPackageName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
