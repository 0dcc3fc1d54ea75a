package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.cli.ToolUsingFixture;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.WrongWayFixture;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Severity;
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
    void theProductNeverUsesTheTools() {
        PackageGraph.productWithoutTools().check(product);
    }

    @Test
    void theToolsAreATreeOfTheirOwnAndTheProductsTreeHoldsNone() {
        for (String tool : PackageGraph.TOOLS) {
            assertThat(Path.of("src/tools/java/org/jixiao", tool)).isDirectory();
            assertThat(Path.of("src/main/java/org/jixiao", tool)).doesNotExist();
        }
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
    void aProductClassUsingAToolIsReported() {
        JavaClasses withFixture = new ClassFileImporter().importClasses(ToolUsingFixture.class);

        assertThat(PackageGraph.productWithoutTools().evaluate(withFixture).hasViolation()).isTrue();
        assertThat(PackageGraph.dependencies().evaluate(withFixture).hasViolation()).isTrue();
    }

    @Test
    void aCycleIsReported() {
        // findings uses filing (Finding → SourceRef); the fixture makes filing use findings back
        JavaClasses loop = new ClassFileImporter().importClasses(WrongWayFixture.class, Severity.class, Finding.class, SourceRef.class);

        assertThat(PackageGraph.noCycles().evaluate(loop).hasViolation()).isTrue();
        assertThat(PackageGraph.noCycles().evaluate(product).hasViolation()).isFalse();
    }
}
