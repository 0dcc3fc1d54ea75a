package org.jixiao.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;
import org.jixiao.roster.Received;
import org.jixiao.roster.Roster;
import org.jixiao.roster.SubmissionStatus;
import org.junit.jupiter.api.Test;

class I11NotFiledThisYearTest {

    private static final String SONGJIANG = "中共上海市松江区委组织部";
    private static final String JIADING = "中共上海市嘉定区委组织部";

    private static Received filed(int year, String department) {
        return new Received(year, Kind.TARGETS, Departments.regionOf(department), department, new SourceRef(department + year + ".csv", "", 2),
                null, null, 1, 0, 0);
    }

    private static List<Finding> status(Received... received) {
        return SubmissionStatus.compute(Roster.NONE, List.of(received), LocalDate.of(2025, 4, 1), Comparator.naturalOrder()).findings();
    }

    @Test
    void withoutARosterADepartmentThatFiledLastYearAndNotThisYearIsAHint() {
        assertThat(status(filed(2024, SONGJIANG), filed(2024, JIADING), filed(2025, JIADING))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.NOT_FILED_THIS_YEAR);
            assertThat(f.severity()).isEqualTo(Severity.提示);
            assertThat(f.file()).isEqualTo(SONGJIANG + "2024.csv");
            assertThat(f.message()).isEqualTo("主管部门「" + SONGJIANG + "」报送了2024年度的绩效目标，2025年度尚未报送（未提供报送名单，按上年报送情况提示）");
        });
    }

    @Test
    void aDepartmentThatFiledBothYearsIsNoHint() {
        assertThat(status(filed(2024, SONGJIANG), filed(2025, SONGJIANG))).isEmpty();
    }
}
