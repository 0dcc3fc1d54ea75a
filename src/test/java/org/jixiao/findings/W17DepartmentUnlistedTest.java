package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.roster.Received;
import org.jixiao.roster.Roster;
import org.jixiao.roster.RosterEntry;
import org.jixiao.roster.SubmissionStatus;
import org.junit.jupiter.api.Test;

class W17DepartmentUnlistedTest {

    private static final String LISTED = "中共上海市松江区区级机关工作委员会";

    private static List<Finding> status(String filer) {
        Roster roster = new Roster("名单.csv", List.of(new RosterEntry(2025, "松江区", LISTED, Set.of(Kind.TARGETS), null,
                new SourceRef("名单.csv", "", 2))), List.of());
        Received received = new Received(2025, Kind.TARGETS, Departments.regionOf(filer), filer, new SourceRef("a.csv", "", 2), null, null,
                1, 0, 0);
        return SubmissionStatus.compute(roster, List.of(received), LocalDate.of(2025, 4, 1), Comparator.naturalOrder()).findings();
    }

    @Test
    void aDepartmentOffTheRosterIsAProblemNamingTheNearestName() {
        assertThat(status("中共上海市松江区区级机关工委")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.DEPARTMENT_UNLISTED);
            assertThat(f.severity()).isEqualTo(Severity.问题);
            assertThat(f.file()).isEqualTo("a.csv");
            assertThat(f.message()).isEqualTo("2025年度绩效目标：主管部门「中共上海市松江区区级机关工委」不在报送名单中；名单中最接近的是「" + LISTED
                    + "」（尚未报送），可能是名称写法不同或使用了旧名称，请核对名单或申报表中的主管部门");
        });
    }

    @Test
    void aListedDepartmentIsNoProblem() {
        assertThat(status(LISTED)).isEmpty();
    }

    @Test
    void aDepartmentListedForAnotherKindIsToldSo() {
        assertThat(W17DepartmentUnlisted.of(new SourceRef("a.csv", "", 2), 2025, Kind.SELF_EVALUATION, LISTED, "绩效目标", null, false)
                .message()).isEqualTo("2025年度绩效自评：主管部门「" + LISTED + "」在报送名单中只应报绩效目标，却报送了绩效自评；请核对名单的应报类型");
    }
}
