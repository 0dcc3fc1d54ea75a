package org.jixiao.findings;

import static org.jixiao.filing.TableColumn.integer;
import static org.jixiao.filing.TableColumn.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Table;
import org.jixiao.filing.TableColumn;

/**
 * Per department, how its 自评 of a 年度 stand against the targets it declared ({@link TargetsCheck}): what
 * the 自评 汇总表 shows beside each department (与目标一致 3/5), and the findings behind it by rule.
 * A table of its own, {@code 绩效自评-目标对照}, so 绩效自评-部门 keeps its columns.
 */
public final class TargetAgreementTable {

    /** One department's result, in report order: its agreement and the findings behind it, counted by rule. */
    public record Line(int year, String region, String department, TargetsCheck.Agreement agreement, Map<Rule, Integer> counts) {

        public Line {
            counts = Map.copyOf(counts);
        }

        /** The line of a department's check. */
        public static Line of(int year, String region, String department, TargetsCheck.Result result) {
            Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
            for (Rule r : RULES) {
                counts.put(r, (int) result.findings().stream().filter(f -> f.rule() == r).count());
            }
            return new Line(year, region, department, result.agreement(), counts);
        }

        public int count(Rule rule) {
            return counts.getOrDefault(rule, 0);
        }
    }

    /** The rules the table counts, in its columns' order. */
    public static final List<Rule> RULES = List.of(Rule.INDICATOR_DROPPED, Rule.INDICATOR_ADDED, Rule.TARGET_CHANGED,
            Rule.BUDGET_NOT_AS_DECLARED, Rule.NO_TARGETS_ON_RECORD);

    public static final String NAME = "绩效自评-目标对照";

    private TargetAgreementTable() {
    }

    public static Table of(List<Line> lines) {
        List<TableColumn> cols = new ArrayList<>(List.of(integer("年度"), text("地区"), text("主管部门"), integer("自评项目数"),
                integer("有申报表的项目数"), integer("与目标一致的项目数"), text("与目标一致")));
        RULES.forEach(r -> cols.add(integer(r.title() + "(" + r.id() + ")")));
        List<Object[]> rows = new ArrayList<>();
        for (Line l : lines) {
            TargetsCheck.Agreement a = l.agreement();
            List<Object> v = new ArrayList<>(List.of(l.year(), l.region(), l.department(), a.projects(), a.withTargets(), a.agreeing(), a.label()));
            for (Rule r : RULES) {
                v.add(l.count(r));
            }
            rows.add(v.toArray());
        }
        return Table.of(NAME, cols, rows);
    }
}
