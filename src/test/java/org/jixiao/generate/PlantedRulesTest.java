package org.jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.findings.Rule;
import org.junit.jupiter.api.Test;

/**
 * The link between a rule and what the synthetic city plants for it, kept true both ways: each
 * {@link Defect} and {@link PairMismatch} names its rule (in code), and the rule's class and its
 * {@link Rule} constant name the defect (in their javadoc). That every planted defect is found is
 * {@code GeneratorTest}'s (and, through a whole night, {@code BenchCommandTest}'s).
 */
class PlantedRulesTest {

    private static final Path FINDINGS = Path.of("src/main/java/org/jixiao/findings");
    private static final Pattern NAMED = Pattern.compile("\\b(Defect|PairMismatch)\\.([A-Z][A-Z_]+)\\b");

    /** The class of a rule: its id and its constant in camel case, {@code E04AmountInvalid}. */
    private static String className(Rule r) {
        StringBuilder s = new StringBuilder(r.id());
        for (String word : r.name().split("_")) {
            s.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return s.toString();
    }

    /** The javadoc of the {@link Rule} constant: the line above it. */
    private static String constantDoc(Rule r) throws IOException {
        List<String> lines = Files.readAllLines(FINDINGS.resolve("Rule.java"));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(r.name() + "(\"")) {
                return lines.get(i - 1);
            }
        }
        throw new AssertionError("no constant " + r.name());
    }

    private static String ruleClass(Rule r) throws IOException {
        return Files.readString(FINDINGS.resolve(className(r) + ".java"));
    }

    @Test
    void eachDefectIsNamedByItsRulesClassAndItsRuleConstant() throws IOException {
        for (Defect d : Defect.values()) {
            assertThat(ruleClass(d.rule())).as(d.name()).contains("Defect." + d.name());
            assertThat(constantDoc(d.rule())).as(d.name()).contains("Defect." + d.name());
        }
        for (PairMismatch m : PairMismatch.values()) {
            assertThat(ruleClass(m.rule())).as(m.name()).contains("PairMismatch." + m.name());
            assertThat(constantDoc(m.rule())).as(m.name()).contains("PairMismatch." + m.name());
        }
    }

    @Test
    void eachDefectARuleNamesPlantsThatRule() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Rule r : Rule.values()) {
            String said = ruleClass(r) + constantDoc(r);
            Matcher m = NAMED.matcher(said);
            while (m.find()) {
                Rule planted = m.group(1).equals("Defect") ? Defect.valueOf(m.group(2)).rule() : PairMismatch.valueOf(m.group(2)).rule();
                if (planted != r) {
                    wrong.add(className(r) + " names " + m.group() + ", which plants " + planted.id());
                }
            }
        }
        assertThat(wrong).isEmpty();
        try (Stream<Path> files = Files.list(FINDINGS)) {
            assertThat(files.filter(f -> NAMED.matcher(readQuietly(f)).find()).map(f -> f.getFileName().toString()))
                    .as("only rules and their constants name defects").allMatch(n -> n.matches("[EFIW]\\d\\d\\w+\\.java|Rule\\.java"));
        }
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
