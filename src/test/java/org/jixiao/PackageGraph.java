package org.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package graph of the README's "Code" section, as ArchUnit rules: each package of org.jixiao and
 * the packages it may use. Change the README and this table together.
 */
final class PackageGraph {

    /** Top to bottom: a package may use the packages listed for it, nothing else of jixiao's. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("cli", Set.of("batch", "store", "render", "template", "roster", "output", "filing"));
        MAY_USE.put("batch", Set.of("remote", "store", "render", "output", "roster", "summary", "ingest", "findings", "filing"));
        MAY_USE.put("remote", Set.of("store", "filing"));
        MAY_USE.put("store", Set.of("roster", "ingest", "findings", "filing"));
        MAY_USE.put("render", Set.of("summary", "roster", "findings", "output", "filing"));
        MAY_USE.put("template", Set.of("findings", "filing"));
        MAY_USE.put("output", Set.of("filing"));
        MAY_USE.put("roster", Set.of("ingest", "findings", "filing"));
        MAY_USE.put("summary", Set.of("filing"));
        MAY_USE.put("ingest", Set.of("findings", "filing"));
        MAY_USE.put("findings", Set.of("filing"));
        MAY_USE.put("filing", Set.of());
        // the tools (src/tools/java): they may use the product; nothing of the product uses them
        MAY_USE.put("bench", Set.of("cli", "batch", "store", "render", "output", "roster", "summary", "ingest", "findings", "filing", "generate"));
        MAY_USE.put("generate", Set.of("cli", "ingest", "findings", "filing"));
    }

    private PackageGraph() {
    }

    /** Every package uses only what {@link #MAY_USE} lists for it. */
    static ArchRule dependencies() {
        List<ArchRule> rules = new ArrayList<>();
        MAY_USE.forEach((pkg, allowed) -> {
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(pkg) && !allowed.contains(other))
                    .map(other -> "org.jixiao." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                rules.add(noClasses().that().resideInAPackage("org.jixiao." + pkg + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .allowEmptyShould(true)
                        .because(pkg + " may use only " + (allowed.isEmpty() ? "the JDK and libraries" : String.join(", ", allowed.stream().sorted().toList())) + " (README, Code)"));
            }
        });
        return CompositeArchRule.of(rules);
    }

    /** The tools, compiled from src/tools/java into the same jar for their commands. */
    static final Set<String> TOOLS = Set.of("bench", "generate");

    /** The product's classes never use a tool's: the nightly job's packages do not carry them. */
    static ArchRule productWithoutTools() {
        return noClasses().that().resideOutsideOfPackages(TOOLS.stream().map(t -> "org.jixiao." + t + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(TOOLS.stream().map(t -> "org.jixiao." + t + "..").toArray(String[]::new))
                .because("bench and generate are tools (src/tools/java); the product finds their commands through ServiceLoader");
    }

    /** No two packages use each other, directly or around a loop. */
    static ArchRule noCycles() {
        return slices().matching("org.jixiao.(*)..").should().beFreeOfCycles();
    }
}
