package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.generate.Generator;
import org.jixiao.ingest.RowCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The mutation fuzzer of issue 15: seeded mutants of the sample filings and of generated ones, many
 * to a night (one in-process run per folder of mutants), and after every night the contract's
 * promises checked for every mutant. A few hundred mutants by default; more with
 * {@code -Djixiao.fuzz.mutants=5000} (and {@code -Djixiao.fuzz.seed=N} for other mutants). A failure
 * names its mutant and the operations that made it, and leaves the file in {@code target/fuzz-failures}
 * to be shrunk into a named test.
 */
class MutationFuzzTest {

    private static final int MUTANTS = Integer.getInteger("jixiao.fuzz.mutants", 300);
    private static final int PER_NIGHT = Integer.getInteger("jixiao.fuzz.per-night", 300);
    private static final long SEED = Long.getLong("jixiao.fuzz.seed", 15);
    private static final String CANARY = "界外部门";

    @TempDir
    Path root;

    @Test
    void noMutantFailsTheNightLosesARowOrPublishesWhatWasNotFiled() throws Exception {
        long s0 = System.nanoTime();
        List<Mutator.Seed> seeds = seeds();
        System.out.printf("seeds %d ms%n", (System.nanoTime() - s0) / 1_000_000);
        Mutator mutator = new Mutator(SEED);
        NightChecks checks = new NightChecks(CANARY);
        long started = System.nanoTime();
        int made = 0;
        for (int night = 0; made < MUTANTS; night++) {
            Path dir = Files.createDirectories(root.resolve("night-" + night));
            Path input = Files.createDirectories(dir.resolve("in"));
            Map<String, Mutator.Mutant> mutants = new TreeMap<>();
            for (int k = 0; k < PER_NIGHT && made < MUTANTS; k++, made++) {
                Mutator.Mutant m = mutator.mutate(seeds.get(made % seeds.size()), made);
                Files.write(input.resolve(m.name()), m.bytes());
                mutants.put(m.name(), m);
            }
            hostileFolder(dir, input);
            long t0 = System.nanoTime();
            RunOutputs.Said said = RunOutputs.runSaying(input, dir.resolve("out"));
            long t1 = System.nanoTime();
            said.out().lines().filter(l -> l.contains("秒）")).forEach(l -> System.out.println("night " + dir.getFileName() + l));
            checks.night(said, input, dir.resolve("out"), mutants);
            System.out.printf("night %d: run %d ms, checks %d ms%n", night, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("fuzz: %d mutants (seed %d) in %d s, %d nights; rows counted against the oracle for %d of them; "
                + "findings by rule %s%n", made, SEED, seconds, (made + PER_NIGHT - 1) / PER_NIGHT, checks.oracleChecked(), checks.rules());
        if (!checks.failures().isEmpty()) {
            Path kept = Files.createDirectories(Path.of("target", "fuzz-failures"));
            for (NightChecks.Failure f : checks.failures()) {
                if (f.mutant() != null) {
                    Files.write(kept.resolve(f.mutant().name()), f.mutant().bytes());
                }
            }
        }
        assertThat(checks.failures()).as("failures, the mutants kept in target/fuzz-failures").isEmpty();
    }

    /** A link leaving the folder, a backslash in a name, a file outside: nothing outside is ever read. */
    private static void hostileFolder(Path dir, Path input) throws IOException {
        String outside = "年度,主管部门,项目名称,年度资金申请总额,一级指标,二级指标,三级指标,指标值\n"
                + "2025," + CANARY + ",界外项目,1000,产出指标,数量指标,活动次数,≥1(次)\n";
        Files.writeString(dir.resolve("outside.csv"), outside, StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("zz-link.csv"), dir.resolve("outside.csv"));
        Files.createDirectories(input.resolve("zz"));
        Files.writeString(input.resolve("zz").resolve("zz\\..\\..\\outside.csv"), outside.replace(CANARY, "反斜杠部门"),
                StandardCharsets.UTF_8);
    }

    /** The sample filings and a small generated city in all three shapes. */
    private List<Mutator.Seed> seeds() throws IOException {
        List<Mutator.Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(new Mutator.Seed(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        Path generated = root.resolve("generated");
        new Generator().generate(24, SEED, generated);
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                seeds.add(new Mutator.Seed(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        return seeds;
    }

    /** What must hold after a night, for each of its mutants. */
    static final class NightChecks {

        record Failure(Mutator.Mutant mutant, String what) {
        }

        private final String canary;
        private final List<Failure> failures = new ArrayList<>();
        private final Map<String, Integer> rules = new TreeMap<>();
        private int oracleChecked;

        NightChecks(String canary) {
            this.canary = canary;
        }

        List<Failure> failures() {
            return failures;
        }

        Map<String, Integer> rules() {
            return rules;
        }

        int oracleChecked() {
            return oracleChecked;
        }

        private void fail(Mutator.Mutant m, String what) {
            failures.add(new Failure(m, (m == null ? "" : m.name() + " " + m.ops() + ": ") + what));
            System.out.println("FUZZ FAILURE " + failures.get(failures.size() - 1).what());
        }

        void night(RunOutputs.Said said, Path input, Path output, Map<String, Mutator.Mutant> mutants) throws Exception {
            if (said.code() != 0 && said.code() != 2) {
                fail(null, "exit " + said.code() + ": " + said.err().lines().limit(3).toList());
                return;
            }
            for (String leak : List.of("Exception", "\tat ", "SQL", "Value too long", "运行失败")) {
                if (said.err().contains(leak) || said.out().contains(leak)) {
                    fail(null, "the terminal shows " + leak);
                }
            }
            JsonNode manifest = RunOutputs.manifest(output);
            Map<String, JsonNode> inputs = new HashMap<>();
            for (JsonNode in : manifest.get("inputs")) {
                inputs.put(in.get("path").asString(), in);
            }
            for (Mutator.Mutant m : mutants.values()) {
                JsonNode in = inputs.get(m.name());
                if (in == null) {
                    fail(m, "not in the manifest");
                    continue;
                }
                int read = in.get("rowsRead").asInt();
                if (read != in.get("rowsImported").asInt() + in.get("rowsRejected").asInt()) {
                    fail(m, "rows read " + read + " ≠ imported + rejected " + in);
                }
                OptionalInt expected = RowCounts.of(m.name(), m.bytes());
                if (expected.isPresent()) {
                    oracleChecked++;
                    if (expected.getAsInt() != read) {
                        fail(m, "rows read " + read + ", the file has " + expected.getAsInt());
                    }
                }
            }
            if (inputs.keySet().stream().anyMatch(p -> p.contains("zz-link") || p.startsWith("..") || p.startsWith("/"))) {
                fail(null, "a path outside the folder is in the manifest: " + inputs.keySet());
            }
            rejectedRowsAreErrors(output, mutants);
            findings(output, mutants);
            outputs(output);
        }

        /** Every rejected project and every file-level rejection of rows carries a 错误. */
        private void rejectedRowsAreErrors(Path output, Map<String, Mutator.Mutant> mutants) throws Exception {
            String url = "jdbc:h2:file:" + output.resolve(".jixiao/store").toAbsolutePath();
            try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
                try (var rs = s.executeQuery("""
                        SELECT f.path, p.project_key FROM jx_project p JOIN jx_file f ON f.file_id = p.file_id
                        WHERE p.status = 'REJECTED' AND NOT EXISTS (SELECT 1 FROM jx_finding x WHERE x.file_id = p.file_id
                          AND x.project_key = p.project_key AND x.severity = '错误')""")) {
                    while (rs.next()) {
                        fail(mutants.get(rs.getString(1)), "project " + rs.getString(2) + " rejected without a 错误");
                    }
                }
                try (var rs = s.executeQuery("SELECT file, rule_id FROM jx_finding WHERE rows_rejected > 0 AND severity <> '错误'")) {
                    while (rs.next()) {
                        fail(mutants.get(rs.getString(1)), rs.getString(2) + " rejects rows but is no 错误");
                    }
                }
            }
        }

        private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("「[^」]*」|“[^”]*”");
        private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z]{3,}");
        private static final Set<String> WORDS = Set.of("CSV", "UTF", "BOM", "GBK", "Excel", "XML", "NUL", "xlsx", "xlsm", "xls", "csv",
                "PDF", "Word", "TRUE", "FALSE");

        /** Every finding says what is wrong in Chinese, with no parser's or Java's words. */
        private void findings(Path output, Map<String, Mutator.Mutant> mutants) throws IOException {
            for (Map<String, String> f : RunOutputs.csv(output.resolve("问题清单.csv"))) {
                rules.merge(f.get("规则编号"), 1, Integer::sum);
                String message = f.get("说明");
                String outside = QUOTED.matcher(message).replaceAll("");
                java.util.regex.Matcher w = WORD.matcher(outside);
                while (w.find()) {
                    if (!WORDS.contains(w.group())) {
                        fail(mutants.get(f.get("文件")), "a finding is not Chinese (" + w.group() + "): " + message);
                        break;
                    }
                }
                if (!message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    fail(mutants.get(f.get("文件")), "a finding without Chinese: " + message);
                }
                if (message.contains(canary) || String.valueOf(f.get("主管部门")).contains(canary)) {
                    fail(null, "a file outside the input folder was read: " + f);
                }
            }
        }

        /** No output can run as a formula, and nothing of the file outside the folder is in any. */
        private void outputs(Path output) throws IOException {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(output)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !output.relativize(p).toString().startsWith(".jixiao")).toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.contains(canary)) {
                    fail(null, "published from outside the input folder: " + f);
                }
                if (name.endsWith(".csv")) {
                    for (Map<String, String> row : RunOutputs.csv(f)) {
                        for (String v : row.values()) {
                            if (formula(v)) {
                                fail(null, "a formula in " + output.relativize(f) + ": " + v);
                            }
                            if (v != null && v.contains(canary)) {
                                fail(null, "published from outside the input folder: " + output.relativize(f));
                            }
                        }
                    }
                } else if (name.endsWith(".xlsx")) {
                    xlsx(f);
                }
            }
        }

        private void xlsx(Path f) throws IOException {
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(f.toFile())) {
                for (var sheet : wb) {
                    for (var row : sheet) {
                        for (var cell : row) {
                            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                                fail(null, "a formula cell in " + f.getFileName() + " " + cell.getAddress());
                            } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && formula(cell.getStringCellValue())
                                    && !cell.getCellStyle().getQuotePrefixed()) {
                                fail(null, "text a spreadsheet would run in " + f.getFileName() + " " + cell.getAddress());
                            }
                        }
                    }
                }
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                fail(null, "an output workbook does not open: " + f);
            }
        }

        /** Text a spreadsheet would take for a formula: =, +, -, @ first, unless it is a plain number. */
        private static boolean formula(String v) {
            if (v == null || v.isEmpty() || "=+-@＝＋－＠".indexOf(v.charAt(0)) < 0) {
                return false;
            }
            return !v.matches("[+-]?\\d+(\\.\\d+)?");
        }
    }
}
