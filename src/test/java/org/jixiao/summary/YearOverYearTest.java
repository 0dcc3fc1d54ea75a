package org.jixiao.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Project;
import org.jixiao.filing.Projects;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.Table;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** This year against last (issue 17, part 3): exact 增减额 and 增减率, projects new, continued and ended. */
class YearOverYearTest {

    private static final String SONGJIANG = "中共上海市松江区委组织部";
    private static final String JIADING = "中共上海市嘉定区委组织部";
    private static final String CITY = "中共上海市委组织部";

    private static Project target(int year, String department, String name, String annual) {
        return Projects.targets().year(year).department(department).name(name).annual(annual, annual, "0", "0").build();
    }

    /**
     * 松江 files three projects both years: 人才工作 ended, 党代表工作经费 is new, 党建工作 grew. 市委组织部 filed
     * in 2024 only, 嘉定 in 2025 only.
     */
    private static YearOverYear targets() {
        YearSummary y2024 = new YearSummary(2024);
        y2024.addTarget(target(2024, CITY, "信息化建设", "800000"));
        y2024.addTarget(target(2024, SONGJIANG, "党建工作", "2030000"));
        y2024.addTarget(target(2024, SONGJIANG, "人才工作", "300000"));
        y2024.addTarget(target(2024, SONGJIANG, "业务培训", "500000"));
        YearSummary y2025 = new YearSummary(2025);
        y2025.addTarget(target(2025, JIADING, "活动项目", "1000000"));
        y2025.addTarget(target(2025, SONGJIANG, "党建工作", "2100000"));
        y2025.addTarget(target(2025, SONGJIANG, "业务培训", "500000"));
        y2025.addTarget(target(2025, SONGJIANG, "党代表工作经费", "60000"));
        return YearOverYear.targets(y2025, y2024);
    }

    @Nested
    class Targets {

        @Test
        void aDepartmentWithAProjectEndedAndOneNewCountsThemAndItsFundsChangeExactly() {
            YearOverYear.Row songjiang = row(targets(), YearOverYear.Level.部门, SONGJIANG);
            assertThat(songjiang.status()).isEqualTo("延续");
            assertThat(songjiang.flow()).isEqualTo(new ProjectFlow(1, 2, 1));
            assertThat(songjiang.projects().difference()).isEqualByComparingTo("0");
            assertThat(songjiang.projects().rate()).isEqualByComparingTo("0");
            Change funds = songjiang.funds();
            assertThat(funds.previous()).isEqualByComparingTo("2830000");
            assertThat(funds.current()).isEqualByComparingTo("2660000");
            assertThat(funds.difference()).isEqualByComparingTo("-170000");
            assertThat(funds.rate()).isEqualByComparingTo("-0.0600706714");
            assertThat(funds.note()).isEmpty();
        }

        @Test
        void aDepartmentNewThisYearShowsNewAndOneThatEndedShowsItNeverADivisionByZero() {
            YearOverYear y = targets();
            YearOverYear.Row jiading = row(y, YearOverYear.Level.部门, JIADING);
            assertThat(jiading.status()).isEqualTo("新增");
            assertThat(jiading.funds().previous()).isNull();
            assertThat(jiading.funds().difference()).isEqualByComparingTo("1000000");
            assertThat(jiading.funds().rate()).isNull();
            assertThat(jiading.funds().rateCell()).isEqualTo("新增");
            assertThat(jiading.flow()).isEqualTo(new ProjectFlow(1, 0, 0));
            YearOverYear.Row city = row(y, YearOverYear.Level.部门, CITY);
            assertThat(city.status()).isEqualTo("本年未报");
            assertThat(city.funds().current()).isNull();
            assertThat(city.funds().difference()).isEqualByComparingTo("-800000");
            assertThat(city.funds().rate()).isEqualByComparingTo("-1");
            assertThat(city.funds().note()).isEqualTo("本年未报");
            assertThat(city.flow()).isEqualTo(new ProjectFlow(0, 0, 1));
        }

        @Test
        void overallAndRegionRowsComeFirstAndTheDepartmentsDifferencesAddUpToThem() {
            YearOverYear y = targets();
            assertThat(y.year()).isEqualTo(2025);
            assertThat(y.previousYear()).isEqualTo(2024);
            assertThat(y.rows()).extracting(YearOverYear.Row::level, YearOverYear.Row::region, YearOverYear.Row::department,
                    YearOverYear.Row::status).containsExactly(
                            tuple(YearOverYear.Level.总体, null, null, ""),
                            tuple(YearOverYear.Level.地区, "市级", null, "本年未报"),
                            tuple(YearOverYear.Level.地区, "嘉定区", null, "新增"),
                            tuple(YearOverYear.Level.地区, "松江区", null, "延续"),
                            tuple(YearOverYear.Level.部门, "市级", CITY, "本年未报"),
                            tuple(YearOverYear.Level.部门, "嘉定区", JIADING, "新增"),
                            tuple(YearOverYear.Level.部门, "松江区", SONGJIANG, "延续"));
            YearOverYear.Row overall = y.overall();
            assertThat(overall.projects().previous()).isEqualByComparingTo("4");
            assertThat(overall.projects().current()).isEqualByComparingTo("4");
            assertThat(overall.funds().difference()).isEqualByComparingTo("30000");
            assertThat(overall.funds().rate()).isEqualByComparingTo("0.0082644628");
            assertThat(overall.flow()).isEqualTo(new ProjectFlow(2, 2, 2));
            BigDecimal departments = y.rows().stream().filter(r -> r.level() == YearOverYear.Level.部门).map(r -> r.funds().difference())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(departments).isEqualByComparingTo(overall.funds().difference());
        }

        @Test
        void theTableHasOneRowPerLevelWithNewWrittenWhereTheRateWouldBe() {
            Table t = ComparisonTables.of(targets());
            assertThat(t.name()).isEqualTo("绩效目标-与上年比较");
            List<Map<String, Object>> rows = rows(t);
            assertThat(rows).hasSize(7);
            Map<String, Object> jiading = rows.get(5);
            assertThat(jiading).containsEntry("层级", "部门").containsEntry("主管部门", JIADING).containsEntry("状态", "新增")
                    .containsEntry("上年项目数", null).containsEntry("本年项目数", 1).containsEntry("项目数增减率", "新增")
                    .containsEntry("增减率", "新增").containsEntry("新增项目数", 1);
            Map<String, Object> songjiang = rows.get(6);
            assertThat((BigDecimal) songjiang.get("增减额(万元)")).isEqualByComparingTo("-17.00");
            assertThat((BigDecimal) songjiang.get("本年年度资金申请总额(万元)")).isEqualByComparingTo("266.00");
            assertThat(songjiang).containsEntry("结束项目数", 1).containsEntry("延续项目数", 2);
        }
    }

    @Nested
    class SelfEvaluations {

        private static Project self(int year, String name, String initial, String adjusted, String executed) {
            return Projects.selfEvaluation().year(year).name(name).budget(initial, adjusted, executed).standardScores().build();
        }

        private static void add(YearSummary y, Project p) {
            y.addSelfEvaluation(p, ScoringPolicy.national().evaluate(p));
        }

        @Test
        void budgetsExecutionRateAndMeanScoreBesideLastYears() {
            YearSummary y2023 = new YearSummary(2023);
            add(y2023, self(2023, "业务培训", "100000", "100000", "100000"));
            add(y2023, self(2023, "人才工作", "50000", "50000", "45000"));
            YearSummary y2024 = new YearSummary(2024);
            add(y2024, self(2024, "业务培训", "100000", "120000", "120000"));
            add(y2024, self(2024, "党建工作", "80000", "80000", "80000"));
            YearOverYear y = YearOverYear.selfEvaluations(y2024, y2023);
            assertThat(y.rows()).hasSize(3);
            YearOverYear.Row d = y.rows().get(2);
            assertThat(d.department()).isEqualTo(SONGJIANG);
            assertThat(d.flow()).isEqualTo(new ProjectFlow(1, 1, 1));
            assertThat(d.funds().difference()).isEqualByComparingTo("50000");
            assertThat(d.funds().rate()).isEqualByComparingTo("0.3333333333");
            assertThat(d.executed().difference()).isEqualByComparingTo("55000");
            assertThat(d.executed().rate()).isEqualByComparingTo("0.3793103448");
            assertThat(d.executionRate().previous()).isEqualByComparingTo("0.9666666667");
            assertThat(d.executionRate().difference()).isEqualByComparingTo("0.0333333333");
            assertThat(d.executionRate().rate()).isNull();
            assertThat(d.meanScore().previous()).isEqualByComparingTo("99.5");
            assertThat(d.meanScore().difference()).isEqualByComparingTo("0.5");
            assertThat(ComparisonTables.of(y).name()).isEqualTo("绩效自评-与上年比较");
            assertThat(rows(ComparisonTables.of(y)).get(0)).containsEntry("层级", "总体");
        }
    }

    private static YearOverYear.Row row(YearOverYear y, YearOverYear.Level level, String department) {
        return y.rows().stream().filter(r -> r.level() == level && department.equals(r.department())).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> rows(Table t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        t.rows().forEach(values -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(t.columns().get(i).header(), values[i]);
            }
            rows.add(row);
        });
        return rows;
    }
}
