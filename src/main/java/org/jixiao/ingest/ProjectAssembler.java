package org.jixiao.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Column;
import org.jixiao.filing.Departments;
import org.jixiao.filing.FiledRow;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.SelfEvaluation;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.TargetFunds;
import org.jixiao.filing.TargetValue;
import org.jixiao.filing.Text;
import org.jixiao.findings.E01YearInvalid;
import org.jixiao.findings.E02DepartmentMissing;
import org.jixiao.findings.E03NameMissing;
import org.jixiao.findings.E08ValueOutOfRange;
import org.jixiao.findings.Finding;

/**
 * Builds one {@link Project} from its rows: agrees the project columns, reads every value by the
 * contract's grammar, and hands what it read to the rules on values in {@code findings} (E01–E06, E08,
 * W13), keeping what they find: a 错误 rejects the project, a 问题 leaves it as read (an optional
 * value that cannot be read is absent).
 */
public final class ProjectAssembler {

    /** The project (null when rejected), the findings made while reading it, and what identifies it. */
    public record Assembly(Project project, List<Finding> findings, Integer year, String region, String department,
            String name, SourceRef first, int rows) {

        public boolean rejected() {
            return project == null;
        }
    }

    public Assembly assemble(List<FiledRow> rows) {
        return new Work(rows).build();
    }

    /** The state of one assembly: its columns and the findings so far. */
    private static final class Work {
        private final List<FiledRow> rows;
        private final Kind kind;
        private final SourceRef first;
        private final ProjectColumns cols;
        private final List<Finding> findings = new ArrayList<>();
        private final ProjectValues values;

        Work(List<FiledRow> rows) {
            this.rows = rows;
            this.kind = rows.get(0).kind();
            this.first = rows.get(0).source();
            this.cols = new ProjectColumns(kind, rows);
            this.findings.addAll(cols.conflicts());
            this.values = new ProjectValues(cols, rows, findings);
        }

        Assembly build() {
            Integer year = Values.year(cols.value(Column.年度));
            values.found(E01YearInvalid.check(cols.value(Column.年度), year, values.at(Column.年度)));
            values.textLimits();
            String filedDepartment = cols.value(Column.主管部门);
            values.found(E02DepartmentMissing.check(filedDepartment, values.at(Column.主管部门)));
            String filedName = cols.value(Column.项目名称);
            values.found(E03NameMissing.check(filedName, values.at(Column.项目名称)));
            // a name past its limit is no name: the project is refused above, and only a short form of it is kept
            boolean departmentFits = E08ValueOutOfRange.fits(Column.主管部门.name(), filedDepartment);
            String department = filedDepartment == null || !departmentFits ? null : Departments.canonical(filedDepartment);
            String region = !E08ValueOutOfRange.fits(Column.地区.name(), cols.value(Column.地区)) ? null
                    : cols.value(Column.地区) != null ? cols.value(Column.地区)
                    : department == null ? null : Departments.regionOf(filedDepartment);
            String name = E08ValueOutOfRange.fits(Column.项目名称.name(), filedName) ? filedName : Text.shown(filedName);
            TargetFunds funds = kind == Kind.TARGETS ? targetFunds() : null;
            SelfEvaluation evaluation = kind == Kind.SELF_EVALUATION ? selfEvaluation() : null;
            List<Indicator> indicators = indicators();
            LocalDate start = kind == Kind.TARGETS ? values.date(Column.计划开始日期) : null;
            LocalDate end = kind == Kind.TARGETS ? values.date(Column.计划完成日期) : null;
            Project project = values.rejected() ? null : new Project(kind, year, region, department,
                    cols.value(Column.实施单位) != null ? cols.value(Column.实施单位) : filedDepartment,
                    cols.value(Column.项目编码), name, cols.value(Column.项目性质), cols.value(Column.项目类别), start, end,
                    funds, evaluation, cols.value(Column.项目总目标), cols.value(Column.年度总体目标), indicators, first);
            List<Finding> located = findings.stream().map(f -> f.about(department, name)).toList();
            return new Assembly(project, located, year, region, department, name, first, rows.size());
        }

        private TargetFunds targetFunds() {
            return new TargetFunds(money(Column.项目资金总额), money(Column.财政资金), money(Column.其他资金),
                    requiredMoney(Column.年度资金申请总额), money(Column.当年财政拨款), money(Column.上年结转资金),
                    money(Column.年度其他资金));
        }

        private SelfEvaluation selfEvaluation() {
            Budget total = new Budget(money(Column.年初预算数), requiredMoney(Column.全年预算数), requiredMoney(Column.全年执行数));
            Budget current = new Budget(money(Column.当年财政拨款年初预算数), money(Column.当年财政拨款全年预算数), money(Column.当年财政拨款全年执行数));
            Budget carryover = new Budget(money(Column.上年结转资金年初预算数), money(Column.上年结转资金全年预算数), money(Column.上年结转资金全年执行数));
            Budget other = new Budget(money(Column.其他资金年初预算数), money(Column.其他资金全年预算数), money(Column.其他资金全年执行数));
            values.rates(total.initial(), total.adjusted(), total.executed());
            BigDecimal rate = values.rate();
            return new SelfEvaluation(total, current, carryover, other, number(Column.资金分值), cols.value(Column.预期目标),
                    cols.value(Column.实际完成情况), rate, number(Column.资金得分), number(Column.总分), number(Column.总得分));
        }

        private List<Indicator> indicators() {
            List<Indicator> out = new ArrayList<>();
            for (FiledRow row : rows) {
                if (!hasIndicator(row)) {
                    continue;
                }
                boolean self = kind == Kind.SELF_EVALUATION;
                TargetValue target = TargetValue.parse(row.get(self ? Column.年度指标值 : Column.指标值));
                TargetValue actual = self ? TargetValue.parse(row.get(Column.实际完成值)) : null;
                BigDecimal weight = self ? score(row, Column.分值) : null;
                BigDecimal score = self ? score(row, Column.得分) : null;
                out.add(new Indicator(row.source(), row.get(Column.一级指标), row.get(Column.二级指标), row.get(Column.三级指标),
                        target, actual, weight, score, self ? row.get(Column.偏差原因分析及改进措施) : null));
            }
            return out;
        }

        private static boolean hasIndicator(FiledRow row) {
            for (Column c : Column.values()) {
                if (c.level() == Column.Level.INDICATOR && row.get(c) != null) {
                    return true;
                }
            }
            return false;
        }

        private BigDecimal score(FiledRow row, Column c) {
            return values.score(row, c);
        }

        private BigDecimal requiredMoney(Column c) {
            return values.requiredMoney(c);
        }

        private BigDecimal money(Column c) {
            return values.money(c);
        }

        private BigDecimal number(Column c) {
            return values.number(c);
        }
    }
}
