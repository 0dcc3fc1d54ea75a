package org.jixiao.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Money;
import org.jixiao.summary.Change;
import org.jixiao.summary.YearOverYear;

/**
 * The 汇总表's block of this year beside last (issue 17): a table of the scope's rows — the department
 * itself, a 地区's departments, or the overall 地区 — each with both years, 增减额 and 增减率 and the projects
 * new, continued and ended, then the scope's total; and the bars of both years for the chart.
 */
final class Comparisons {

    /** A year in which the department (地区) did not file: not a zero, which would read as filed and empty. */
    static final String NOT_FILED = "—";

    private final Templates templates;

    Comparisons(Templates templates) {
        this.templates = templates;
    }

    /** The heading, the table and, for a department new this year or gone, the sentence that says so. */
    List<Block> department(YearOverYear yoy, String region, String department) {
        YearOverYear.Row row = find(yoy, YearOverYear.Level.部门, region, department);
        if (row == null) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>(table(yoy, List.of(line("row", "1", department, row, yoy.kind())), "主管部门"));
        if (Change.NEW.equals(row.status())) {
            blocks.add(Block.text("text", "本部门" + yoy.previousYear() + "年度未报送" + yoy.kind().label() + "，本年度为新增，增减率记为“新增”。"));
        }
        return blocks;
    }

    /** A 地区's departments (those that filed last year only among them), then the 地区's total. */
    List<Block> region(YearOverYear yoy, String region) {
        List<Line> lines = new ArrayList<>();
        for (YearOverYear.Row r : departments(yoy, region)) {
            lines.add(line("row", Integer.toString(lines.size() + 1), name(r.department(), r), r, yoy.kind()));
        }
        YearOverYear.Row total = find(yoy, YearOverYear.Level.地区, region, null);
        if (total == null) {
            return List.of();
        }
        lines.add(line("total", "", "合计", total, yoy.kind()));
        return table(yoy, lines, "主管部门");
    }

    /** Every 地区, then the total. */
    List<Block> overall(YearOverYear yoy) {
        List<Line> lines = new ArrayList<>();
        for (YearOverYear.Row r : yoy.rows()) {
            if (r.level() == YearOverYear.Level.地区) {
                lines.add(line("row", Integer.toString(lines.size() + 1), name(r.region(), r), r, yoy.kind()));
            }
        }
        lines.add(line("total", "", "合计", yoy.overall(), yoy.kind()));
        return table(yoy, lines, "地区");
    }

    /** The rows of a 地区's departments, this year's in report order, then those that filed last year only. */
    static List<YearOverYear.Row> departments(YearOverYear yoy, String region) {
        return yoy.rows().stream().filter(r -> r.level() == YearOverYear.Level.部门 && r.region().equals(region)).toList();
    }

    static List<YearOverYear.Row> regions(YearOverYear yoy) {
        return yoy.rows().stream().filter(r -> r.level() == YearOverYear.Level.地区).toList();
    }

    /** The bars of one row: its funds last year and this (万元), or for self-evaluations its 执行率. */
    static Chart.Pair funds(String category, YearOverYear.Row r) {
        Change f = r.funds();
        return new Chart.Pair(category, wan(f.previous()), Money.formatWan(f.previous()), wan(f.current()), Money.formatWan(f.current()));
    }

    static Chart.Pair rates(String category, YearOverYear.Row r) {
        Change c = r.executionRate();
        return new Chart.Pair(category, percent(c.previous()), Money.formatPercent(c.previous()), percent(c.current()),
                Money.formatPercent(c.current()));
    }

    private List<Block> table(YearOverYear yoy, List<Line> lines, String nameLabel) {
        String template = yoy.kind() == Kind.TARGETS ? "summary-comparison-targets" : "summary-comparison-self";
        return List.of(Block.text("heading", "与上年比较（" + yoy.previousYear() + "年度—" + yoy.year() + "年度）"),
                Block.table(templates.report(template), lines, Map.of("NAME_LABEL", nameLabel)));
    }

    /** A row of the comparison table; a department that did not file this year says so after its name. */
    private static String name(String name, YearOverYear.Row r) {
        return Change.ENDED.equals(r.status()) ? name + "（" + Change.ENDED + "）" : name;
    }

    static Line line(String kind, String no, String name, YearOverYear.Row r, Kind what) {
        Change p = r.projects();
        Change f = r.funds();
        Line line = new Line(kind).put("no", no).put("name", name).put("prevProjects", count(p.previous()))
                .put("curProjects", count(p.current())).put("diffProjects", signed(p.difference(), 0))
                .put("prevFunds", orNotFiled(f.previous(), Money.formatWan(f.previous())))
                .put("curFunds", orNotFiled(f.current(), Money.formatWan(f.current())))
                .put("diffFunds", f.difference() == null ? "" : signedText(f.difference().signum(), Money.formatWan(f.difference())))
                .put("rateFunds", rate(f)).put("added", r.flow().added()).put("continued", r.flow().continued())
                .put("ended", r.flow().ended());
        if (what == Kind.SELF_EVALUATION) {
            Change e = r.executionRate();
            Change s = r.meanScore();
            line.put("prevRate", orNotFiled(e.previous(), Money.formatPercent(e.previous())))
                    .put("curRate", orNotFiled(e.current(), Money.formatPercent(e.current())))
                    .put("diffRate", e.difference() == null ? "" : signed(e.difference().movePointRight(2), 2))
                    .put("prevScore", orNotFiled(s.previous(), Money.formatMean(s.previous())))
                    .put("curScore", orNotFiled(s.current(), Money.formatMean(s.current())))
                    .put("diffScore", s.difference() == null ? "" : signed(s.difference(), 2));
        }
        return line;
    }

    /** 增减率: the rate, 新增 for a scope that did not file last year, blank when last year was zero. */
    private static String rate(Change c) {
        Object cell = c.rateCell();
        return cell instanceof BigDecimal b ? signedText(b.signum(), Money.formatPercent(b)) : cell == null ? "" : cell.toString();
    }

    private static String count(BigDecimal n) {
        return n == null ? NOT_FILED : n.toPlainString();
    }

    private static String orNotFiled(BigDecimal value, String formatted) {
        return value == null ? NOT_FILED : formatted;
    }

    /** A difference with its sign: +1, −0.50; 0 without one. */
    private static String signed(BigDecimal d, int scale) {
        if (d == null) {
            return "";
        }
        BigDecimal v = d.setScale(scale, RoundingMode.HALF_UP);
        return signedText(v.signum(), v.toPlainString());
    }

    private static String signedText(int signum, String text) {
        return signum > 0 ? "+" + text : text;
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : Money.toWan(yuan);
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static YearOverYear.Row find(YearOverYear yoy, YearOverYear.Level level, String region, String department) {
        String key = department == null ? null : Departments.key(department);
        return yoy.rows().stream().filter(r -> r.level() == level && (region == null || region.equals(r.region()))
                && (key == null || r.department() != null && Departments.key(r.department()).equals(key))).findFirst().orElse(null);
    }
}
