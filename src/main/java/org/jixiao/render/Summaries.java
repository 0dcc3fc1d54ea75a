package org.jixiao.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jixiao.filing.Grade;
import org.jixiao.filing.Money;
import org.jixiao.summary.Department;
import org.jixiao.summary.Disclosure;
import org.jixiao.summary.SelfEvaluationTotals;
import org.jixiao.summary.TargetTotals;
import org.jixiao.summary.YearSummary;

/**
 * The blocks of each 汇总表 from a year's sums: per department one row per project, per 地区 one row per
 * department, overall one row per department under its 地区 with a subtotal. Charts where a picture
 * reads faster than the table: funds per project/department/地区, 执行率 per department/地区, and the
 * distribution of 总得分 and 等级.
 */
final class Summaries {

    /** 总得分 bands of the distribution chart: lower bound inclusive. */
    private static final int[] BANDS = {0, 60, 70, 80, 90, 95};
    private static final String[] BAND_NAMES = {"60分以下", "60–70", "70–80", "80–90", "90–95", "95–100"};

    private final Templates templates;

    Summaries(Templates templates) {
        this.templates = templates;
    }

    List<Block> department(YearSummary y, Department d) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("title", d.name() + " " + y.year() + "年度项目绩效汇总表"));
        TargetTotals t = y.targetsByDepartment().get(d);
        if (t != null) {
            blocks.add(Block.text("heading", "一、绩效目标申报"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> bars = new ArrayList<>();
            for (YearSummary.TargetLine l : y.targetLines()) {
                if (l.department().equals(d)) {
                    lines.add(SummaryLines.targetProject(lines.size() + 1, l));
                    bars.add(new Chart.Bar(lines.size() + " " + l.name(), Money.toWan(Money.orZero(l.funds().annual()))));
                }
            }
            lines.add(SummaryLines.targetTotals("total", "", "合计", t));
            blocks.add(Block.table(templates.report("summary-targets"), lines, targetLabels("项目名称", "项目类别", "1000万元（含）以上")));
            blocks.add(Block.text("text", Disclosure.paragraph(y.year(), t)));
            blocks.add(Block.charts(Chart.of(templates.report("chart-bars"), "各项目年度资金申请总额", "万元", bars), null));
        }
        SelfEvaluationTotals s = y.selfByDepartment().get(d);
        if (s != null) {
            blocks.add(Block.text("heading", (t != null ? "二" : "一") + "、绩效自评"));
            List<Line> lines = new ArrayList<>();
            for (YearSummary.SelfLine l : y.selfLines()) {
                if (l.department().equals(d)) {
                    lines.add(SummaryLines.selfProject(lines.size() + 1, l));
                }
            }
            lines.add(SummaryLines.selfProjectsTotal(s));
            blocks.add(Block.table(templates.report("summary-self-projects"), lines, Map.of()));
            blocks.add(Block.text("text", SummaryLines.selfSentence(s)));
            blocks.add(Block.charts(scores(y, l -> l.department().equals(d)), grades(s)));
        }
        return blocks;
    }

    List<Block> region(YearSummary y, String region) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("title", region + " " + y.year() + "年度项目绩效汇总表（按主管部门）"));
        TargetTotals t = y.targetsByRegion().get(region);
        if (t != null) {
            blocks.add(Block.text("heading", "一、绩效目标申报"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> bars = new ArrayList<>();
            inRegion(y.targetsByDepartment(), region).forEach((d, dt) -> {
                lines.add(SummaryLines.targetTotals("row", Integer.toString(lines.size() + 1), d.name(), dt));
                bars.add(new Chart.Bar(d.name(), dt.annualWan()));
            });
            lines.add(SummaryLines.targetTotals("total", "", "合计", t));
            blocks.add(Block.table(templates.report("summary-targets"), lines, targetLabels("主管部门", "项目数", "1000万元（含）以上项目数")));
            blocks.add(Block.text("text", region + "：" + Disclosure.sentence(t)));
            blocks.add(Block.charts(Chart.of(templates.report("chart-bars"), "各主管部门年度资金申请总额", "万元", bars), null));
        }
        SelfEvaluationTotals s = y.selfByRegion().get(region);
        if (s != null) {
            blocks.add(Block.text("heading", (t != null ? "二" : "一") + "、绩效自评"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> rates = new ArrayList<>();
            inRegion(y.selfByDepartment(), region).forEach((d, ds) -> {
                lines.add(SummaryLines.selfTotals("row", Integer.toString(lines.size() + 1), d.name(), ds));
                rates.add(new Chart.Bar(d.name(), percent(ds.executionRate())));
            });
            lines.add(SummaryLines.selfTotals("total", "", "合计", s));
            blocks.add(Block.table(templates.report("summary-self-departments"), lines, Map.of()));
            blocks.add(Block.text("text", region + "：" + SummaryLines.selfSentence(s)));
            blocks.add(Block.charts(Chart.of(templates.report("chart-bars"), "各主管部门执行率", "%", rates), grades(s)));
            blocks.add(Block.charts(scores(y, l -> l.department().region().equals(region)), null));
        }
        return blocks;
    }

    /** Every department under its 地区 with a subtotal per 地区; charts per 地区 (a city has too many departments for one chart). */
    List<Block> overall(YearSummary y) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("title", y.year() + "年度项目绩效汇总表（全部地区）"));
        if (y.hasTargets()) {
            blocks.add(Block.text("heading", "一、绩效目标申报"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> bars = new ArrayList<>();
            int[] no = {0};
            y.targetsByRegion().forEach((region, rt) -> {
                lines.add(SummaryLines.region(region));
                inRegion(y.targetsByDepartment(), region).forEach((d, dt) ->
                        lines.add(SummaryLines.targetTotals("row", Integer.toString(++no[0]), d.name(), dt)));
                lines.add(SummaryLines.targetTotals("subtotal", "", region + " 小计", rt));
                bars.add(new Chart.Bar(region, rt.annualWan()));
            });
            lines.add(SummaryLines.targetTotals("total", "", "合计", y.targets()));
            blocks.add(Block.table(templates.report("summary-targets"), lines, targetLabels("主管部门", "项目数", "1000万元（含）以上项目数")));
            blocks.add(Block.text("text", "全部地区：" + Disclosure.sentence(y.targets())));
            blocks.add(Block.charts(Chart.of(templates.report("chart-bars"), "各地区年度资金申请总额", "万元", bars), null));
        }
        if (y.hasSelfEvaluations()) {
            blocks.add(Block.text("heading", (y.hasTargets() ? "二" : "一") + "、绩效自评"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> rates = new ArrayList<>();
            int[] no = {0};
            y.selfByRegion().forEach((region, rs) -> {
                lines.add(SummaryLines.region(region));
                inRegion(y.selfByDepartment(), region).forEach((d, ds) ->
                        lines.add(SummaryLines.selfTotals("row", Integer.toString(++no[0]), d.name(), ds)));
                lines.add(SummaryLines.selfTotals("subtotal", "", region + " 小计", rs));
                rates.add(new Chart.Bar(region, percent(rs.executionRate())));
            });
            lines.add(SummaryLines.selfTotals("total", "", "合计", y.selfEvaluations()));
            blocks.add(Block.table(templates.report("summary-self-departments"), lines, Map.of()));
            blocks.add(Block.text("text", "全部地区：" + SummaryLines.selfSentence(y.selfEvaluations())));
            blocks.add(Block.charts(Chart.of(templates.report("chart-bars"), "各地区执行率", "%", rates), grades(y.selfEvaluations())));
            blocks.add(Block.charts(scores(y, l -> true), null));
        }
        return blocks;
    }

    private static Map<String, Object> targetLabels(String name, String count, String large) {
        return Map.of("NAME_LABEL", name, "COUNT_LABEL", count, "LARGE_LABEL", large);
    }

    private static <T> Map<Department, T> inRegion(Map<Department, T> byDepartment, String region) {
        Map<Department, T> out = new LinkedHashMap<>();
        byDepartment.forEach((d, t) -> {
            if (d.region().equals(region)) {
                out.put(d, t);
            }
        });
        return out;
    }

    private Chart scores(YearSummary y, Predicate<YearSummary.SelfLine> which) {
        int[] counts = new int[BANDS.length];
        for (YearSummary.SelfLine l : y.selfLines()) {
            if (which.test(l)) {
                BigDecimal score = l.evaluation().totalScore();
                int band = 0;
                while (band + 1 < BANDS.length && score.compareTo(BigDecimal.valueOf(BANDS[band + 1])) >= 0) {
                    band++;
                }
                counts[band]++;
            }
        }
        List<Chart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            bars.add(new Chart.Bar(BAND_NAMES[i], BigDecimal.valueOf(counts[i])));
        }
        return Chart.of(templates.report("chart-columns"), "总得分分布（项目数）", "项目数", bars);
    }

    private Chart grades(SelfEvaluationTotals t) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Grade g : Grade.values()) {
            bars.add(new Chart.Bar(g.name(), BigDecimal.valueOf(t.grade(g))));
        }
        return Chart.of(templates.report("chart-columns"), "等级分布（项目数）", "项目数", bars);
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? BigDecimal.ZERO : rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
