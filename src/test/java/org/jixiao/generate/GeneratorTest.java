package org.jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.findings.ProjectChecks;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.ingest.FolderProjects;
import org.jixiao.summary.ProjectFlow;
import org.jixiao.summary.YearOverYear;
import org.jixiao.summary.YearSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic city: the same count and seed give the same bytes; every shape, 地区 and defect is there. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorTest {

    private static final int PROJECTS = 150;
    private static final long SEED = 11;

    private Path dir;
    private Generated city;
    private Map<String, String> hashes;
    private Generated twoYears;

    @BeforeAll
    void generate(@TempDir Path dir) throws IOException {
        this.dir = dir;
        city = new Generator().generate(PROJECTS, SEED, dir.resolve("a"));
        hashes = hashes(dir.resolve("a"));
        twoYears = new Generator().generate(PROJECTS, SEED, Mix.ALL, Generator.Years.BOTH, dir.resolve("two"));
    }

    /** Issue 17: the year before's 申报表, paired with that year's 自评表 and compared with this year's. */
    @Nested
    class TwoYears {

        @Test
        void everyFileOfTheOneYearCityKeepsItsBytesAndEachDepartmentFilesOne2024TargetsFileMore() throws IOException {
            Map<String, String> two = hashes(dir.resolve("two"));
            assertThat(two).containsAllEntriesOf(hashes);
            assertThat(two.keySet().stream().filter(p -> !hashes.containsKey(p)))
                    .hasSize(city.departments()).allMatch(p -> p.contains("-2024-绩效目标"));
            assertThat(twoYears.files()).isEqualTo(city.files() + city.departments());
            assertThat(twoYears.defects()).isEqualTo(city.defects());
            assertThat(twoYears.previousTargetsProjects()).isEqualTo(city.targetsProjects() - twoYears.mismatchCounts()
                    .getOrDefault(PairMismatch.NO_TARGETS, 0));
        }

        @Test
        void theSelfEvaluationsAgreeWithTheirTargetsExceptWhereAMismatchWasPlanted() throws IOException {
            assertThat(twoYears.mismatchCounts()).containsOnlyKeys(PairMismatch.values());
            List<Project> projects = FolderProjects.read(dir.resolve("two"), List.of()).projects();
            Set<String> found = new TreeSet<>();
            Map<String, List<Project>> self = group(projects, Kind.SELF_EVALUATION, 2024);
            Map<String, List<Project>> targets = group(projects, Kind.TARGETS, 2024);
            self.forEach((department, evaluated) -> TargetsCheck.check(evaluated, targets.getOrDefault(department, List.of())).findings()
                    .forEach(f -> found.add(f.department() + "|" + f.project() + "|" + f.rule().id())));
            Set<String> planted = new TreeSet<>();
            twoYears.mismatches().forEach(m -> planted.add(m.department() + "|" + m.project() + "|" + m.mismatch().rule().id()));
            assertThat(found).isEqualTo(planted);
        }

        @Test
        void eachDepartmentHasOneProjectNewIn2025AndOneThatEndedIn2024() throws IOException {
            List<Project> projects = FolderProjects.read(dir.resolve("two"), List.of()).projects();
            YearSummary y2024 = new YearSummary(2024);
            YearSummary y2025 = new YearSummary(2025);
            projects.stream().filter(p -> p.kind() == Kind.TARGETS).forEach(p -> (p.year() == 2024 ? y2024 : y2025).addTarget(p));
            YearOverYear y = YearOverYear.targets(y2025, y2024);
            int departments = city.departments();
            // a planted UNREADABLE_AMOUNT refuses a 2025 project (its 2024 one then ended), a NO_TARGETS mismatch leaves
            // a project out of 2024 (its 2025 one is then new)
            long refused2025 = city.defects().stream().filter(d -> d.defect() == Defect.UNREADABLE_AMOUNT).count();
            int left2024 = twoYears.mismatchCounts().get(PairMismatch.NO_TARGETS);
            ProjectFlow flow = y.overall().flow();
            assertThat(refused2025).isPositive();
            assertThat(flow.ended()).isEqualTo(departments + (int) refused2025);
            assertThat(flow.added()).isEqualTo(departments + left2024);
            assertThat(flow.continued() + flow.ended()).isEqualTo(twoYears.previousTargetsProjects());
            assertThat(flow.added() + flow.continued()).isEqualTo(PROJECTS - (int) refused2025);
            assertThat(y.rows().stream().filter(r -> r.level() == YearOverYear.Level.部门)).hasSize(departments)
                    .allMatch(r -> r.status().equals("延续"));
        }

        private static Map<String, List<Project>> group(List<Project> projects, Kind kind, int year) {
            Map<String, List<Project>> by = new TreeMap<>();
            projects.stream().filter(p -> p.kind() == kind && p.year() == year)
                    .forEach(p -> by.computeIfAbsent(p.department(), k -> new java.util.ArrayList<>()).add(p));
            return by;
        }
    }

    @Nested
    class Determinism {

        @Test
        void theSameCountAndSeedGiveTheSameBytesInEveryFile() throws IOException {
            new Generator().generate(PROJECTS, SEED, dir.resolve("b"));
            assertThat(hashes).hasSize(city.files());
            assertThat(hashes(dir.resolve("b"))).isEqualTo(hashes);
        }

        @Test
        void anotherSeedGivesAnotherCity() throws IOException {
            new Generator().generate(PROJECTS, SEED + 1, dir.resolve("c"));
            assertThat(hashes(dir.resolve("c"))).isNotEqualTo(hashes);
        }

        @Test
        void aCsvOnlyCityHasTheSameProjectsInFlatCsv() throws IOException {
            Generated csv = new Generator().generate(PROJECTS, SEED, Mix.CSV, dir.resolve("csv"));
            assertThat(hashes(dir.resolve("csv")).keySet()).allMatch(p -> p.endsWith(".csv")).hasSize(city.files());
            assertThat(csv.rows()).isEqualTo(city.rows());
            assertThat(csv.defects()).isEqualTo(city.defects());
        }

        @Test
        void aFolderWithFilesInItIsRefused() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Generator().generate(10, SEED, dir.resolve("a")))
                    .isInstanceOf(IOException.class).hasMessageContaining("不为空");
        }
    }

    @Nested
    class Shapes {

        @Test
        void everyShapeIsFiled() {
            assertThat(city.departmentsByShape()).containsOnlyKeys(Shape.values());
            assertThat(hashes.keySet()).anyMatch(p -> p.endsWith("-表单.xlsx")).anyMatch(p -> p.endsWith("绩效目标.xlsx"))
                    .anyMatch(p -> p.endsWith("绩效自评.csv"));
        }

        @Test
        void csvFilesComeWithAndWithoutBomAndInGb18030() throws IOException {
            int bom = 0;
            int gb = 0;
            for (String p : hashes.keySet().stream().filter(p -> p.endsWith(".csv")).toList()) {
                byte[] bytes = Files.readAllBytes(dir.resolve("a").resolve(p));
                if (bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
                    bom++;
                } else if (!isUtf8(bytes)) {
                    gb++;
                    assertThat(new String(bytes, "GB18030")).startsWith("年度,");
                }
            }
            assertThat(bom).isPositive();
            assertThat(gb).isPositive();
        }

        private static boolean isUtf8(byte[] bytes) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
    }

    @Nested
    class City {

        @Test
        void aboutTenProjectsADepartmentAndTwentyRowsAProject() {
            assertThat(city.targetsProjects()).isEqualTo(PROJECTS);
            assertThat(city.departments()).isBetween(PROJECTS / 13, PROJECTS / 7);
            assertThat(city.selfEvaluationProjects()).isBetween(PROJECTS / 3, PROJECTS / 2);
            assertThat((double) city.rows() / PROJECTS).isBetween(17.0, 25.0);
        }

        @Test
        void departmentsAreNamedForTheirRegionAcrossTheCity() {
            List<CityPlan.PlannedDepartment> plan = CityPlan.plan(12_000, 5, Mix.ALL, Vocabulary.standard());
            assertThat(plan).allSatisfy(d -> assertThat(Departments.regionOf(d.name())).as(d.name()).isEqualTo(d.region()));
            assertThat(plan.stream().map(CityPlan.PlannedDepartment::name).distinct()).hasSize(plan.size());
            assertThat(plan.stream().mapToInt(CityPlan.PlannedDepartment::projects).sum()).isEqualTo(12_000);
            Map<String, Long> byRegion = new TreeMap<>();
            plan.forEach(d -> byRegion.merge(d.region(), 1L, Long::sum));
            assertThat(byRegion).containsKey(Departments.CITY_LEVEL).hasSize(17);
        }

        @Test
        void someProjectsReachTenMillion() {
            Random random = new Random(3);
            long large = Stream.generate(() -> Funds.targets(random)).limit(10_000)
                    .filter(f -> f.annual().compareTo(Money.LARGE_PROJECT) >= 0).count();
            assertThat(large).isBetween(100L, 800L);
            Funds.Targets f = Funds.targets(random);
            assertThat(f.current().add(f.carryover()).add(f.annualOther())).isEqualByComparingTo(f.annual());
            assertThat(f.fiscal().add(f.other())).isEqualByComparingTo(f.total());
        }

        @Test
        void everyPlantedDefectIsFoundOnItsProjectByTheRuleItNames() throws IOException {
            ScoringPolicy policy = ScoringPolicy.national();
            ProjectChecks checks = new ProjectChecks(policy);
            FolderProjects.Read read = FolderProjects.read(dir.resolve("a"), List.of());
            Set<String> found = new TreeSet<>();
            read.refusals().forEach(f -> found.add(f.department() + "|" + f.project() + "|" + f.rule().id()));
            for (Project p : read.projects()) {
                checks.check(p, p.kind() == Kind.SELF_EVALUATION ? policy.evaluate(p) : null)
                        .forEach(f -> found.add(f.department() + "|" + f.project() + "|" + f.rule().id()));
            }
            assertThat(city.defects()).isNotEmpty().allSatisfy(d -> assertThat(found).as(d.toString())
                    .contains(d.department() + "|" + d.project() + "|" + d.defect().rule().id()));
        }

        @Test
        void aFewPercentOfProjectsCarryADefectOfEachKind() {
            assertThat(city.defectCounts()).containsOnlyKeys(Defect.values());
            assertThat((double) city.defects().size() / city.projects()).isBetween(0.02, 0.07);
            assertThat(city.defects()).allSatisfy(d -> assertThat(d.defect().kind()).isEqualTo(d.kind()));
        }

        @Test
        void missedTargetsFallShortOfThem() {
            ValueSpec spec = ValueSpec.parse("≥#.00(%)@90..98");
            ValueSpec.Drawn target = spec.draw(new Random(1));
            String missed = ValueSpec.missed(target, new Random(2));
            assertThat(missed).doesNotStartWith("≥").endsWith(".00(%)");
            assertThat(new BigDecimal(missed.substring(0, missed.indexOf('.')))).isLessThan(BigDecimal.valueOf(target.number()));
            assertThat(ValueSpec.missed(ValueSpec.parse("≤#(分钟)@15..60").draw(new Random(1)), new Random(2))).endsWith("(分钟)");
        }
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(p).toString(), sha256(p));
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
