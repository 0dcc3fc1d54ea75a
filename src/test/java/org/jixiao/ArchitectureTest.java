package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.filing.WrongWayFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's classes keep to the package graph of the README; a wrong import is caught. */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jixiao");
    }

    @Test
    void everyPackageUsesOnlyWhatTheGraphAllows() {
        PackageGraph.dependencies().check(product);
    }

    @Test
    void packagesFormNoCycle() {
        PackageGraph.noCycles().check(product);
    }

    @Test
    void everyPackageIsPlacedInTheGraph() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : product) {
            String name = c.getPackageName();
            if (name.startsWith("org.jixiao.")) {
                packages.add(name.substring("org.jixiao.".length()).split("\\.")[0]);
            }
        }
        assertThat(PackageGraph.MAY_USE.keySet()).containsExactlyInAnyOrderElementsOf(packages);
    }

    @Test
    void aWrongImportIsReported() {
        JavaClasses withFixture = new ClassFileImporter().importClasses(WrongWayFixture.class);

        EvaluationResult result = PackageGraph.dependencies().evaluate(withFixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("WrongWayFixture").contains("org.jixiao.findings.Severity"));
    }

    @Test
    void aCycleIsReported() {
        JavaClasses withFixture = new ClassFileImporter()
                .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                        || location.contains("WrongWayFixture"))
                .importPackages("org.jixiao");

        assertThat(PackageGraph.noCycles().evaluate(withFixture).hasViolation()).isTrue();
        assertThat(PackageGraph.noCycles().evaluate(product).hasViolation()).isFalse();
    }
}
