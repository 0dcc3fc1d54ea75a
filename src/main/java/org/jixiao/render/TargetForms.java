package org.jixiao.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetFunds;

/**
 * Fills targets-form.jrxml: one department's 绩效目标申报表, each project from a new page. Amounts are
 * printed in 元 as the form prints them ({@link Money#formatYuan}); 指标值 exactly as filed.
 */
final class TargetForms {

    static final String FORM = "targets-form";

    private TargetForms() {
    }

    static Map<String, Object> parameters(Templates templates) {
        Map<String, Object> p = new HashMap<>();
        p.put("TABLE", templates.report("targets-indicators"));
        return p;
    }

    static JRDataSource projects(List<Project> projects) {
        List<Numbered> rows = new java.util.ArrayList<>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            rows.add(new Numbered(i + 1, projects.get(i)));
        }
        return new Rows<>(rows, TargetForms::field);
    }

    private record Numbered(int n, Project project) {
    }

    private static Object field(Numbered row, String name) {
        Project p = row.project();
        TargetFunds f = p.funds();
        return switch (name) {
            case "key" -> Integer.toString(row.n());
            case "year" -> p.year();
            case "name" -> p.name();
            case "nature" -> p.nature();
            case "category" -> p.category();
            case "department" -> p.department();
            case "unit" -> p.unit();
            case "start" -> date(p.start());
            case "end" -> date(p.end());
            case "total" -> Money.formatYuan(f.total());
            case "fiscal" -> Money.formatYuan(f.fiscal());
            case "other" -> Money.formatYuan(f.other());
            case "annual" -> Money.formatYuan(f.annual());
            case "current" -> Money.formatYuan(f.currentAppropriation());
            case "carryover" -> Money.formatYuan(f.carryover());
            case "annualOther" -> Money.formatYuan(f.annualOther());
            case "projectGoal" -> p.projectGoal();
            case "annualGoal" -> p.annualGoal();
            case "indicators" -> table(p.indicators());
            default -> throw Rows.unknown(name);
        };
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The indicator table: one row per 三级指标, with its part of the merged 一级 and 二级 cells. */
    static JRDataSource table(List<Indicator> indicators) {
        return new Rows<>(TableRows.of(indicators), (row, name) -> switch (name) {
            case "level3" -> row.indicator().level3();
            case "target" -> row.indicator().target().raw();
            default -> {
                if (!TableRows.isMergeField(name)) {
                    throw Rows.unknown(name);
                }
                yield TableRows.mergeField(row, name);
            }
        });
    }
}
