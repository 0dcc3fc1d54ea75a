package org.jixiao.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.findings.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 报送情况 (issue 17, part 1): who has filed against the roster, and without one against last year. */
class SubmissionStatusTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 31);
    private static final LocalDate RUN = LocalDate.of(2025, 4, 10);

    private static final String SONGJIANG = "中共上海市松江区委组织部";
    private static final String JIADING = "中共上海市嘉定区委组织部";
    private static final String CIVIL = "上海市民政局";
    private static final String CITY = "中共上海市委组织部";
    private static final String JINSHAN = "中共上海市金山区委组织部";
    private static final String WORK_COMMITTEE = "中共上海市松江区区级机关工作委员会";

    private static int row = 1;

    private static RosterEntry due(String department, LocalDate deadline, Kind... kinds) {
        return new RosterEntry(2025, Departments.regionOf(department), department, Set.of(kinds), deadline,
                new SourceRef("名单.csv", "", ++row));
    }

    private static Received filed(int year, String department, LocalDate first, int accepted, int refused, int errors) {
        return new Received(year, Kind.TARGETS, Departments.regionOf(department), department, new SourceRef(department + ".csv", "", 2),
                first, first, accepted, refused, errors);
    }

    /** Six due by 31 March (金山 by 30 April): one on time, one late, one refused, three not filed; two filed off the roster. */
    private static SubmissionStatus.Report missingLateRefusedAndUnlisted() {
        Roster roster = new Roster("名单.csv", List.of(
                due(SONGJIANG, DEADLINE, Kind.TARGETS),
                due(JIADING, DEADLINE, Kind.TARGETS),
                due(CIVIL, DEADLINE, Kind.TARGETS),
                due(CITY, DEADLINE, Kind.TARGETS),
                due(JINSHAN, LocalDate.of(2025, 4, 30), Kind.TARGETS),
                due(WORK_COMMITTEE, DEADLINE, Kind.TARGETS)), List.of());
        List<Received> received = List.of(
                filed(2025, SONGJIANG, LocalDate.of(2025, 3, 20), 7, 0, 0),
                filed(2025, JIADING, LocalDate.of(2025, 4, 2), 7, 0, 0),
                filed(2025, CITY, LocalDate.of(2025, 3, 25), 5, 1, 2),
                filed(2025, "中共上海市松江区区级机关工委", LocalDate.of(2025, 3, 28), 3, 0, 0),
                filed(2025, "上海市体育局", LocalDate.of(2025, 3, 28), 4, 0, 0));
        return SubmissionStatus.compute(roster, received, RUN, Comparator.naturalOrder());
    }

    @Nested
    class AgainstTheRoster {

        @Test
        void theConsoleLineCountsDueFiledRefusedMissingLateAndUnlisted() {
            SubmissionStatus.Report r = missingLateRefusedAndUnlisted();
            assertThat(r.consoleLines()).containsExactly("2025 绩效目标报送：应报 6，已报 3（其中被拒收 1），未报 3，逾期 3，名单外 2");
        }

        @Test
        void everyDepartmentHasItsLineInRegionThenRosterOrder() {
            SubmissionStatus.Report r = missingLateRefusedAndUnlisted();
            assertThat(r.lines()).extracting(StatusLine::region, StatusLine::department, StatusLine::state, StatusLine::lateLabel,
                    StatusLine::refused).containsExactly(
                            tuple("市级", CIVIL, StatusLine.State.未报, "逾期未报", false),
                            tuple("市级", CITY, StatusLine.State.已报, "", true),
                            tuple("市级", "上海市体育局", StatusLine.State.名单外, "", false),
                            tuple("嘉定区", JIADING, StatusLine.State.已报, "逾期报送", false),
                            tuple("金山区", JINSHAN, StatusLine.State.未报, "", false),
                            tuple("松江区", SONGJIANG, StatusLine.State.已报, "", false),
                            tuple("松江区", WORK_COMMITTEE, StatusLine.State.未报, "逾期未报", false),
                            tuple("松江区", "中共上海市松江区区级机关工委", StatusLine.State.名单外, "", false));
            StatusLine city = r.lines().get(1);
            assertThat(city.received().accepted()).isEqualTo(5);
            assertThat(city.received().refused()).isEqualTo(1);
            assertThat(city.received().errors()).isEqualTo(2);
            assertThat(city.deadline()).isEqualTo(DEADLINE);
        }

        @Test
        void eachRegionHasItsCounts() {
            SubmissionStatus.Report r = missingLateRefusedAndUnlisted();
            assertThat(r.byRegion(2025, Kind.TARGETS)).extracting(Tally::region, Tally::due, Tally::received, Tally::refused, Tally::missing,
                    Tally::late, Tally::unlisted).containsExactly(
                            tuple("市级", 2, 1, 1, 1, 1, 1),
                            tuple("嘉定区", 1, 1, 0, 0, 1, 0),
                            tuple("金山区", 1, 0, 0, 1, 0, 0),
                            tuple("松江区", 2, 1, 0, 1, 1, 1));
        }

        @Test
        void anUnlistedDepartmentIsAProblemNamingTheNearestRosterName() {
            SubmissionStatus.Report r = missingLateRefusedAndUnlisted();
            assertThat(r.findings()).extracting(Finding::rule, Finding::file, Finding::department, Finding::message).containsExactly(
                    tuple(Rule.DEPARTMENT_UNLISTED, "中共上海市松江区区级机关工委.csv", "中共上海市松江区区级机关工委",
                            "2025年度绩效目标：主管部门「中共上海市松江区区级机关工委」不在报送名单中；名单中最接近的是「中共上海市松江区区级机关工作委员会」（尚未报送），"
                                    + "可能是名称写法不同或使用了旧名称，请核对名单或申报表中的主管部门"),
                    tuple(Rule.DEPARTMENT_UNLISTED, "上海市体育局.csv", "上海市体育局",
                            "2025年度绩效目标：主管部门「上海市体育局」不在报送名单中，名单中也没有相近的名称；如应报送，请将其加入名单"));
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.问题));
        }

        @Test
        void onTheDeadlineNobodyIsLateAndAFilingWhoseFirstDateIsUnknownIsNotJudged() {
            Roster roster = new Roster("名单.csv", List.of(due(SONGJIANG, DEADLINE, Kind.TARGETS), due(CIVIL, DEADLINE, Kind.TARGETS),
                    due(JIADING, DEADLINE, Kind.TARGETS)), List.of());
            List<Received> received = List.of(filed(2025, SONGJIANG, DEADLINE, 7, 0, 0), filed(2025, JIADING, null, 7, 0, 0));
            SubmissionStatus.Report r = SubmissionStatus.compute(roster, received, DEADLINE, Comparator.naturalOrder());
            assertThat(r.consoleLines()).containsExactly("2025 绩效目标报送：应报 3，已报 2（其中被拒收 0），未报 1，逾期 0");
            SubmissionStatus.Report dayAfter = SubmissionStatus.compute(roster, received, DEADLINE.plusDays(1), Comparator.naturalOrder());
            assertThat(dayAfter.consoleLines()).containsExactly("2025 绩效目标报送：应报 3，已报 2（其中被拒收 0），未报 1，逾期 1");
        }

        @Test
        void aDepartmentListedForTheOtherKindOnlyIsToldSo() {
            Roster roster = new Roster("名单.csv", List.of(due(SONGJIANG, DEADLINE, Kind.SELF_EVALUATION), due(CIVIL, DEADLINE, Kind.TARGETS)),
                    List.of());
            SubmissionStatus.Report r = SubmissionStatus.compute(roster, List.of(filed(2025, SONGJIANG, DEADLINE, 7, 0, 0)), RUN,
                    Comparator.naturalOrder());
            assertThat(r.findings()).extracting(Finding::message).containsExactly(
                    "2025年度绩效目标：主管部门「中共上海市松江区委组织部」在报送名单中只应报绩效自评，却报送了绩效目标；请核对名单的应报类型");
            assertThat(r.consoleLines()).containsExactly(
                    "2025 绩效目标报送：应报 1，已报 0（其中被拒收 0），未报 1，逾期 1，名单外 1",
                    "2025 绩效自评报送：应报 1，已报 0（其中被拒收 0），未报 1，逾期 1");
        }

        @Test
        void aFilingSpreadOverTwoFilesCountsOnceWithItsProjectsAdded() {
            Roster roster = new Roster("名单.csv", List.of(due(SONGJIANG, DEADLINE, Kind.TARGETS)), List.of());
            List<Received> received = List.of(filed(2025, SONGJIANG, LocalDate.of(2025, 3, 1), 4, 0, 0),
                    filed(2025, "中共上海市松江区委组织部（汇总）", LocalDate.of(2025, 4, 5), 3, 1, 1));
            SubmissionStatus.Report r = SubmissionStatus.compute(roster, received, RUN, Comparator.naturalOrder());
            assertThat(r.lines()).singleElement().satisfies(l -> {
                assertThat(l.received().accepted()).isEqualTo(7);
                assertThat(l.received().refused()).isEqualTo(1);
                assertThat(l.received().firstReceived()).isEqualTo(LocalDate.of(2025, 3, 1));
                assertThat(l.received().lastChanged()).isEqualTo(LocalDate.of(2025, 4, 5));
                assertThat(l.late()).isFalse();
            });
        }
    }

    @Nested
    class WithoutARoster {

        @Test
        void aDepartmentThatFiledLastYearAndNotThisYearIsAHint() {
            List<Received> received = List.of(
                    filed(2024, SONGJIANG, null, 6, 0, 0), filed(2024, JIADING, null, 7, 0, 0), filed(2024, CITY, null, 6, 0, 0),
                    filed(2025, SONGJIANG, null, 7, 0, 0), filed(2025, CITY, null, 5, 1, 1), filed(2025, CIVIL, null, 3, 0, 0));
            SubmissionStatus.Report r = SubmissionStatus.compute(Roster.NONE, received, RUN, Comparator.naturalOrder());
            assertThat(r.consoleLines()).containsExactly("2024 绩效目标报送（无名单）：已报 3（其中被拒收 0）",
                    "2025 绩效目标报送（无名单）：已报 3（其中被拒收 1），上年已报本年未报 1");
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.NOT_FILED_THIS_YEAR);
                assertThat(f.severity()).isEqualTo(Severity.提示);
                assertThat(f.file()).isEqualTo(JIADING + ".csv");
                assertThat(f.message()).isEqualTo("主管部门「中共上海市嘉定区委组织部」报送了2024年度的绩效目标，2025年度尚未报送（未提供报送名单，按上年报送情况提示）");
            });
            assertThat(r.lines().stream().filter(l -> l.year() == 2025)).extracting(StatusLine::department, StatusLine::state).containsExactly(
                    tuple(CIVIL, StatusLine.State.已报), tuple(CITY, StatusLine.State.已报), tuple(JIADING, StatusLine.State.上年已报本年未报),
                    tuple(SONGJIANG, StatusLine.State.已报));
        }

        @Test
        void aRosterForOneYearLeavesTheOtherYearsTrackedWithoutIt() {
            Roster roster = new Roster("名单.csv", List.of(due(SONGJIANG, DEADLINE, Kind.TARGETS)), List.of());
            List<Received> received = List.of(filed(2024, SONGJIANG, null, 6, 0, 0), filed(2024, JIADING, null, 7, 0, 0),
                    filed(2025, SONGJIANG, null, 7, 0, 0));
            SubmissionStatus.Report r = SubmissionStatus.compute(roster, received, RUN, Comparator.naturalOrder());
            assertThat(r.consoleLines()).containsExactly("2024 绩效目标报送（无名单）：已报 2（其中被拒收 0）",
                    "2025 绩效目标报送：应报 1，已报 1（其中被拒收 0），未报 0，逾期 0");
            assertThat(r.findings()).isEmpty();
        }
    }

    @Test
    void nearestNamesAreTyposOldOrShortFormsNeverJustAnyName() {
        assertThat(NearestName.distance("中共上海市嘉定区组织部", "中共上海市嘉定区委组织部")).isEqualTo(1);
        assertThat(NearestName.of("中共上海市嘉定区组织部", List.of(), List.of(SONGJIANG, JIADING))).contains(JIADING);
        assertThat(NearestName.of("松江区委组织部", List.of(), List.of(JIADING, SONGJIANG))).contains(SONGJIANG);
        assertThat(NearestName.of("中共上海市佳定区委组织布", List.of(), List.of(SONGJIANG, JIADING))).contains(JIADING);
        assertThat(NearestName.of("上海市松江区教育局", List.of(), List.of("上海市松江区卫生健康委员会"))).isEmpty();
        assertThat(NearestName.of("上海市体育局", List.of(), List.of(CIVIL))).isEmpty();
    }
}
