package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** The class of a rule: its id and its constant in camel case, {@code E04AmountInvalid}. */
    static String className(Rule r) {
        StringBuilder s = new StringBuilder(r.id());
        for (String word : r.name().split("_")) {
            s.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return s.toString();
    }

    @Test
    void eachErrorSaysWhatItRefusesSoReportsCanCountFilesAndProjects() {
        assertThat(Rule.HEADER_UNRECOGNISED.refuses()).isEqualTo(Rule.Refuses.FILE);
        assertThat(Rule.FORM_UNREADABLE.refuses()).isEqualTo(Rule.Refuses.SHEET);
        assertThat(Rule.ROW_UNREADABLE.refuses()).isEqualTo(Rule.Refuses.ROWS);
        assertThat(Rule.VALUE_OUT_OF_RANGE.refuses()).isEqualTo(Rule.Refuses.PROJECT);
        assertThat(Rule.PROJECT_CONFLICT.refuses()).isEqualTo(Rule.Refuses.PROJECT);
        assertThat(Rule.HIDDEN_CONTENT.refuses()).isEqualTo(Rule.Refuses.NONE);
        for (Rule r : Rule.values()) {
            assertThat(r.refuses() == Rule.Refuses.NONE).as(r.id()).isEqualTo(r.severity() != Severity.错误);
        }
    }

    @Test
    void eachRuleHasItsClassNamedByItsIdAndATestOfThatClass() {
        for (Rule r : Rule.values()) {
            assertThat(exists("org.jixiao.findings." + className(r))).as(className(r)).isTrue();
            assertThat(exists("org.jixiao.findings." + className(r) + "Test")).as(className(r) + "Test").isTrue();
        }
    }

    /**
     * One place per rule: only the rule's class makes its findings. A finding or a reader's problem built
     * with a rule anywhere else, or a rule's class naming another rule, fails here with where it is.
     */
    @Test
    void onlyARulesClassMakesItsFindings() throws IOException {
        Pattern made = Pattern.compile("(new Finding|Finding\\.at|new FileFinding|new SourceProblem)\\(\\s*(org\\.jixiao\\.findings\\.)?Rule\\.[A-Z]");
        Pattern named = Pattern.compile("\\bRule\\.([A-Z][A-Z_0-9]+)\\b");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String name = file.getFileName().toString().replace(".java", "");
                Rule own = ownRule(name);
                if (own == null) {
                    if (made.matcher(source).find()) {
                        wrong.add(file + " makes a finding of a rule that is not its own");
                    }
                    continue;
                }
                Matcher m = named.matcher(source);
                while (m.find()) {
                    if (!m.group(1).equals(own.name())) {
                        wrong.add(file + " names Rule." + m.group(1));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theReadmesTableNamesEachRulesClass() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        for (Rule r : Rule.values()) {
            if (lines.stream().noneMatch(l -> l.startsWith("| " + r.id() + " | " + r.severity().name() + " |")
                    && l.contains("[" + className(r) + "](src/main/java/org/jixiao/findings/" + className(r) + ".java)"))) {
                missing.add(r.id());
            }
        }
        assertThat(missing).as("rules without their row and class in the README's Findings table").isEmpty();
    }

    private static Rule ownRule(String className) {
        for (Rule r : Rule.values()) {
            if (className(r).equals(className)) {
                return r;
            }
        }
        return null;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
