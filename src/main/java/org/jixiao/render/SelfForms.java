package org.jixiao.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import org.jixiao.filing.Budget;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.SelfEvaluation;

/**
 * Fills self-form.jrxml: one department's 绩效自评表, each project from a new page. Amounts in 元 as the
 * form prints them; 年度指标值 and 实际完成值 exactly as filed; 执行率, 资金得分, 总分 and 等级 as computed.
 */
final class SelfForms {

    static final String FORM = "self-form";

    private SelfForms() {
    }

    static Map<String, Object> parameters(Templates templates) {
        Map<String, Object> p = new HashMap<>();
        p.put("TABLE", templates.report("self-indicators"));
        return p;
    }

    static JRDataSource projects(List<SelfForm> forms) {
        List<Row> rows = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            SelfForm f = forms.get(i);
            rows.add(new Row(i + 1, f, Marks.of(f.project().indicators(), f.findings())));
        }
        return new Rows<>(rows, SelfForms::field);
    }

    private record Row(int n, SelfForm form, Marks marks) {
    }

    private static Object field(Row row, String name) {
        Project p = row.form().project();
        SelfEvaluation s = p.evaluation();
        Evaluation e = row.form().evaluation();
        return switch (name) {
            case "key" -> Integer.toString(row.n());
            case "year" -> p.year();
            case "name" -> p.name();
            case "department" -> p.department();
            case "unit" -> p.unit();
            case "totalInitial", "totalAdjusted", "totalExecuted" -> amount(s.total(), name.substring(5));
            case "currentInitial", "currentAdjusted", "currentExecuted" -> amount(s.currentAppropriation(), name.substring(7));
            case "carryoverInitial", "carryoverAdjusted", "carryoverExecuted" -> amount(s.carryover(), name.substring(9));
            case "otherInitial", "otherAdjusted", "otherExecuted" -> amount(s.other(), name.substring(5));
            case "fundWeight" -> Money.formatScore(e.fundWeight());
            case "rate" -> Money.formatPercent(e.executionRate());
            case "fundScore" -> Money.formatScore(e.fundScore());
            case "fundMark" -> row.marks().funds();
            case "expectedGoal" -> s.expectedGoal();
            case "actualResult" -> s.actualResult();
            case "indicators" -> table(p.indicators(), row.marks());
            case "totalWeight" -> Money.formatScore(e.totalWeight());
            case "totalScore" -> Money.formatScore(e.totalScore());
            case "grade" -> e.grade().name();
            case "totalMark" -> row.marks().total();
            case "problems" -> row.marks().explanation();
            default -> throw Rows.unknown(name);
        };
    }

    private static String amount(Budget b, String column) {
        if (b == null) {
            return null;
        }
        return Money.formatYuan(switch (column) {
            case "Initial" -> b.initial();
            case "Adjusted" -> b.adjusted();
            default -> b.executed();
        });
    }

    /** The indicator table: one row per 三级指标, with its part of the merged 一级 and 二级 cells; 总分 under the last. */
    private static JRDataSource table(List<Indicator> indicators, Marks marks) {
        List<TableRows.Row> rows = TableRows.of(indicators);
        TableRows.Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new Rows<>(rows, (row, name) -> {
            Indicator i = row.indicator();
            return switch (name) {
                case "level3" -> i.level3();
                case "target" -> i.target() == null ? null : i.target().raw();
                case "actual" -> i.actual() == null ? null : i.actual().raw();
                case "weight" -> Money.formatScore(i.weight());
                case "score" -> Money.formatScore(i.score());
                case "deviation" -> i.deviation();
                case "mark" -> marks.row(i);
                case "last" -> row == last;
                default -> {
                    if (!TableRows.isMergeField(name)) {
                        throw Rows.unknown(name);
                    }
                    yield TableRows.mergeField(row, name);
                }
            };
        });
    }
}
