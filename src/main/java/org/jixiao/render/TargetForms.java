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
        p.put("SPAN", templates.report("targets-span"));
        p.put("ROW", templates.report("targets-row"));
        return p;
    }

    static JRDataSource projects(List<Project> projects, TableFit fit) {
        List<Numbered> rows = new java.util.ArrayList<>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            rows.add(new Numbered(i + 1, projects.get(i), fit));
        }
        return new Rows<>(rows, TargetForms::field);
    }

    private record Numbered(int n, Project project, TableFit fit) {
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
            case "indicators" -> table(p.indicators(), row.fit());
            default -> throw Rows.unknown(name);
        };
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The 一级 runs, each with its 二级 runs, each with its rows. */
    static JRDataSource table(List<Indicator> indicators, TableFit fit) {
        return new Rows<>(Spans.of(indicators), (l1, name) -> switch (name) {
            case "level1" -> l1.name();
            case "keep" -> fit.keep(l1);
            case "spans" -> new Rows<>(l1.runs(), (l2, n2) -> switch (n2) {
                case "level2" -> l2.name();
                case "keep" -> fit.keep(l2);
                case "rows" -> new Rows<>(l2.rows(), TargetForms::row);
                default -> throw Rows.unknown(n2);
            });
            default -> throw Rows.unknown(name);
        });
    }

    private static Object row(Indicator i, String name) {
        return switch (name) {
            case "level3" -> i.level3();
            case "target" -> i.target().raw();
            default -> throw Rows.unknown(name);
        };
    }
}
