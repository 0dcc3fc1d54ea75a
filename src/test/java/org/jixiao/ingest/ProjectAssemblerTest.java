package org.jixiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Column;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.findings.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProjectAssemblerTest {

    private final ProjectAssembler assembler = new ProjectAssembler();

    /** A targets row; null values mean blank cells. */
    private static FiledRow row(int n, String year, String department, String name, String amount, String level3, String value) {
        String[] cells = new String[Column.values().length];
        cells[Column.年度.ordinal()] = year;
        cells[Column.主管部门.ordinal()] = department;
        cells[Column.项目名称.ordinal()] = name;
        cells[Column.年度资金申请总额.ordinal()] = amount;
        cells[Column.一级指标.ordinal()] = "产出指标";
        cells[Column.二级指标.ordinal()] = "数量指标";
        cells[Column.三级指标.ordinal()] = level3;
        cells[Column.指标值.ordinal()] = value;
        return new FiledRow(1, n, new SourceRef("a.csv", "", n + 1), Kind.TARGETS, "k", cells);
    }

    private static FiledRow with(FiledRow r, Column c, String value) {
        r.cells()[c.ordinal()] = value;
        return r;
    }

    @Test
    void buildsTheProjectFromItsRows() {
        ProjectAssembler.Assembly a = assembler.assemble(List.of(
                row(1, "2025年度", "中共上海市嘉定区委组织部 (汇总)", "培训项目", "2,840,530.00", "开展干部培训班次", "≥12.00(次)"),
                row(2, null, null, null, null, "干部培训覆盖率", "=100.00(%)")));
        assertThat(a.rejected()).isFalse();
        Project p = a.project();
        assertThat(p.year()).isEqualTo(2025);
        assertThat(p.department()).isEqualTo("中共上海市嘉定区委组织部");
        assertThat(p.region()).isEqualTo("嘉定区");
        assertThat(p.unit()).isEqualTo("中共上海市嘉定区委组织部 (汇总)");
        assertThat(p.funds().annual()).isEqualByComparingTo("2840530");
        assertThat(p.indicators()).extracting(i -> i.target().raw()).containsExactly("≥12.00(次)", "=100.00(%)");
        assertThat(a.findings()).isEmpty();
    }

    @Test
    void conflictingProjectColumnsRejectTheProjectNamingBothValuesAndRows() {
        ProjectAssembler.Assembly a = assembler.assemble(List.of(
                row(1, "2025", "中共上海市松江区委组织部", "党建工作", "2,030,000.00", "a", "≥1次"),
                row(2, "2025", "中共上海市松江区委组织部", "党建工作", "2030000", "b", "≥1次"),
                row(3, "2025", "中共上海市松江区委组织部", "党建工作", "2,000,000.00", "c", "≥1次")));
        assertThat(a.rejected()).isTrue();
        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.PROJECT_CONFLICT);
            assertThat(f.severity()).isEqualTo(Severity.错误);
            assertThat(f.message()).contains("第2行", "2,030,000.00", "第4行", "2,000,000.00");
            assertThat(f.row()).isEqualTo(4);
            assertThat(f.column()).isEqualTo("年度资金申请总额");
            assertThat(f.project()).isEqualTo("党建工作");
        });
    }

    @Nested
    class Rejections {

        @Test
        void aMoneyCellThatIsNoAmount() {
            ProjectAssembler.Assembly a = assembler.assemble(List.of(row(1, "2025", "某部门", "项目", "abc", "a", "≥1次")));
            assertThat(a.rejected()).isTrue();
            assertThat(a.findings()).extracting(Finding::rule).containsExactly(Rule.AMOUNT_INVALID);
            assertThat(a.findings().get(0).message()).contains("abc");
        }

        @Test
        void aMissingAmount() {
            assertThat(assembler.assemble(List.of(row(1, "2025", "某部门", "项目", null, "a", "≥1次"))).findings())
                    .extracting(Finding::rule).containsExactly(Rule.AMOUNT_INVALID);
        }

        @Test
        void anUnreadableYear() {
            ProjectAssembler.Assembly a = assembler.assemble(List.of(row(1, "明年", "某部门", "项目", "1", "a", "≥1次")));
            assertThat(a.findings()).extracting(Finding::rule).containsExactly(Rule.YEAR_INVALID);
        }

        @Test
        void aMissingDepartmentOrName() {
            assertThat(assembler.assemble(List.of(row(1, "2025", null, "项目", "1", "a", "≥1次"))).findings())
                    .extracting(Finding::rule).containsExactly(Rule.DEPARTMENT_MISSING);
            assertThat(assembler.assemble(List.of(row(1, "2025", "某部门", null, "1", "a", "≥1次"))).findings())
                    .extracting(Finding::rule).containsExactly(Rule.NAME_MISSING);
        }

        @Test
        void aSelfEvaluationWithoutBudgetOrScores() {
            String[] cells = new String[Column.values().length];
            cells[Column.年度.ordinal()] = "2023";
            cells[Column.主管部门.ordinal()] = "某部门";
            cells[Column.项目名称.ordinal()] = "项目";
            cells[Column.全年预算数.ordinal()] = "100";
            cells[Column.三级指标.ordinal()] = "次数";
            cells[Column.分值.ordinal()] = "十";
            List<FiledRow> rows = new ArrayList<>(List.of(new FiledRow(1, 1, new SourceRef("s.csv", "", 2), Kind.SELF_EVALUATION, "k", cells)));
            ProjectAssembler.Assembly a = assembler.assemble(rows);
            assertThat(a.rejected()).isTrue();
            assertThat(a.findings()).extracting(Finding::rule)
                    .containsExactlyInAnyOrder(Rule.AMOUNT_INVALID, Rule.SCORE_INVALID, Rule.SCORE_INVALID);
        }
    }

    @Test
    void anUnreadableOptionalValueIsAProblemAndAbsent() {
        ProjectAssembler.Assembly a = assembler.assemble(List.of(
                with(with(row(1, "2025", "某部门", "项目", "100", "a", "≥1次"), Column.当年财政拨款, "一百"), Column.计划开始日期, "下周")));
        assertThat(a.rejected()).isFalse();
        assertThat(a.project().funds().currentAppropriation()).isNull();
        assertThat(a.findings()).extracting(Finding::rule).containsExactly(Rule.VALUE_UNREADABLE, Rule.VALUE_UNREADABLE);
        assertThat(a.findings()).extracting(Finding::column).containsExactlyInAnyOrder("当年财政拨款", "计划开始日期");
    }

    @Test
    void datesInEveryFiledForm() {
        for (String d : new String[] {"2025-01-01", "2025/1/1", "2025年1月1日", "45658"}) {
            ProjectAssembler.Assembly a = assembler.assemble(List.of(with(row(1, "2025", "某部门", "项目", "1", "a", "≥1次"), Column.计划开始日期, d)));
            assertThat(a.project().start()).as(d).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
        }
    }
}
