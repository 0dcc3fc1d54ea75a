package org.jixiao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Kind;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.summary.Department;
import org.jixiao.summary.Disclosure;
import org.jixiao.summary.SelfEvaluationTotals;
import org.jixiao.summary.TargetTotals;
import org.jixiao.summary.YearOverYear;
import org.jixiao.summary.YearSummary;

/**
 * The blocks of each 汇总表 from a year's sums: per department one row per project (and its
 * deductions), per 地区 one row per department, overall one row per department under its 地区 with a
 * subtotal. Charts where a picture reads faster than the table: funds per project, department or 地区,
 * 执行率 per department or 地区, and the distributions of 总得分 and 等级. The overall charts are per
 * 地区: a city has too many departments for a chart to be read.
 */
final class Summaries {

    /**
     * The footnote of every 汇总表: amounts print in 万元, rounded half-up, and a subtotal is the exact
     * sum in 元 rounded once, so it can differ by 0.01 from the rows as printed (as the contract wants:
     * rounding at the edge only).
     */
    static final String ROUNDING_NOTE = "注：金额单位为万元，四舍五入保留两位小数；小计、合计由以元为单位的金额相加后再取整，可能与所列各项之和存在尾差。";

    private final Templates templates;
    private final SummaryCharts charts;
    private final Comparisons comparisons;
    /** Last year beside this year and the 自评 against their targets; {@link Consolidation#NONE} leaves the 汇总表 as it was. */
    private final Consolidation consolidation;

    Summaries(Templates templates) {
        this(templates, Consolidation.NONE);
    }

    Summaries(Templates templates, Consolidation consolidation) {
        this.templates = templates;
        this.charts = new SummaryCharts(templates);
        this.comparisons = new Comparisons(templates);
        this.consolidation = consolidation;
    }

    List<Block> department(YearSummary y, Department d) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("title", d.name() + " " + y.year() + "年度项目绩效汇总表"));
        TargetTotals t = y.targetsByDepartment().get(d);
        if (t != null) {
            blocks.add(Block.text("heading", "一、绩效目标申报"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> bars = new ArrayList<>();
            for (YearSummary.TargetLine l : y.targetLines(d)) {
                lines.add(SummaryLines.targetProject(lines.size() + 1, l));
                bars.add(SummaryCharts.funds(lines.size() + " " + l.name(), l.funds().annual()));
            }
            lines.add(SummaryLines.targetProjectsTotal(t));
            blocks.add(Block.table(templates.report("summary-targets"), lines, targetLabels("项目名称", "项目类别", "1000万元\n（含）以上")));
            blocks.add(Block.text("text", Disclosure.paragraph(y.year(), t)));
            rejectedNote(blocks, y.rejected(Kind.TARGETS, d));
            if (consolidation.targets() != null) {
                blocks.addAll(comparisons.department(consolidation.targets(), d.region(), d.name()));
            }
            blocks.addAll(charts.across("各项目年度资金申请总额（万元）", "万元", bars));
        }
        SelfEvaluationTotals s = y.selfByDepartment().get(d);
        if (s != null) {
            blocks.add(Block.text("heading", (t != null ? "二" : "一") + "、绩效自评"));
            List<Line> lines = new ArrayList<>();
            List<Line> deductions = new ArrayList<>();
            for (YearSummary.SelfLine l : y.selfLines(d)) {
                lines.add(SummaryLines.selfProject(lines.size() + 1, l));
            }
            for (YearSummary.Deduction x : y.deductions(d)) {
                deductions.add(SummaryLines.deduction(deductions.size() + 1, x));
            }
            lines.add(SummaryLines.selfProjectsTotal(s));
            blocks.add(Block.table(templates.report("summary-self-projects"), lines, Map.of()));
            blocks.add(Block.text("text", SummaryLines.selfSentence(s)));
            agreementNote(blocks, consolidation.agreement(d.region(), d.name()));
            rejectedNote(blocks, y.rejected(Kind.SELF_EVALUATION, d));
            if (consolidation.selfEvaluations() != null) {
                blocks.addAll(comparisons.department(consolidation.selfEvaluations(), d.region(), d.name()));
            }
            blocks.add(charts.distributions(y.selfLines(d), s));
            if (!deductions.isEmpty()) {
                blocks.add(Block.text("heading", "扣分明细"));
                blocks.add(Block.table(templates.report("summary-deductions"), deductions, Map.of()));
            }
        }
        return withRoundingNote(blocks);
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
                bars.add(SummaryCharts.funds(d.name(), dt.annual()));
            });
            lines.add(SummaryLines.targetTotals("total", "", "合计", t));
            blocks.add(Block.table(templates.report("summary-targets"), lines, targetLabels("主管部门", "项目数", "1000万元\n（含）以上\n项目数")));
            blocks.add(Block.text("text", region + "：" + Disclosure.sentence(t)));
            rejectedNote(blocks, y.rejected(Kind.TARGETS, region));
            YearOverYear yoy = consolidation.targets();
            if (yoy != null) {
                blocks.addAll(comparisons.region(yoy, region));
                blocks.addAll(charts.acrossYears("各主管部门年度资金申请总额（万元）", "万元", yoy.previousYear(), yoy.year(),
                        Comparisons.departments(yoy, region).stream().map(r -> Comparisons.funds(r.department(), r)).toList(), null));
            } else {
                blocks.addAll(charts.across("各主管部门年度资金申请总额（万元）", "万元", bars));
            }
        }
        SelfEvaluationTotals s = y.selfByRegion().get(region);
        if (s != null) {
            blocks.add(Block.text("heading", (t != null ? "二" : "一") + "、绩效自评"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> rates = new ArrayList<>();
            TargetsCheck.Agreement[] agreed = {TargetsCheck.Agreement.NONE};
            inRegion(y.selfByDepartment(), region).forEach((d, ds) -> {
                TargetsCheck.Agreement a = consolidation.agreement(d.region(), d.name());
                agreed[0] = agreed[0].plus(a);
                lines.add(SummaryLines.selfTotals("row", Integer.toString(lines.size() + 1), d.name(), ds).put("agreement", a.label()));
                rates.add(SummaryCharts.rate(d.name(), ds.executionRate()));
            });
            lines.add(SummaryLines.selfTotals("total", "", "合计", s).put("agreement", agreed[0].label()));
            blocks.add(Block.table(templates.report("summary-self-departments"), lines, agreementColumn()));
            blocks.add(Block.text("text", region + "：" + SummaryLines.selfSentence(s)));
            agreementNote(blocks, agreed[0]);
            rejectedNote(blocks, y.rejected(Kind.SELF_EVALUATION, region));
            YearOverYear yoy = consolidation.selfEvaluations();
            if (yoy != null) {
                blocks.addAll(comparisons.region(yoy, region));
                blocks.addAll(charts.acrossYears("各主管部门执行率（%）", "%", yoy.previousYear(), yoy.year(),
                        Comparisons.departments(yoy, region).stream().map(r -> Comparisons.rates(r.department(), r)).toList(),
                        SummaryCharts.fullExecution()));
            } else {
                blocks.addAll(charts.rates("各主管部门执行率（%）", rates));
            }
            blocks.add(charts.distributions(y.selfLines().stream().filter(l -> l.department().region().equals(region)).toList(), s));
        }
        return withRoundingNote(blocks);
    }

    List<Block> overall(YearSummary y) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("title", y.year() + "年度项目绩效汇总表（全部地区）"));
        if (y.hasTargets()) {
            blocks.add(Block.text("heading", "一、绩效目标申报"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> bars = new ArrayList<>();
            int[] no = {0};
            y.targetsByRegion().forEach((region, rt) -> {
                int first = lines.size();
                inRegion(y.targetsByDepartment(), region).forEach((d, dt) ->
                        lines.add(SummaryLines.targetTotals("row", Integer.toString(++no[0]), d.name(), dt)));
                lines.add(SummaryLines.targetTotals("subtotal", "", region + " 小计", rt));
                SummaryLines.inRegion(lines.subList(first, lines.size()), region);
                bars.add(SummaryCharts.funds(region, rt.annual()));
            });
            lines.add(SummaryLines.targetTotals("total", "", "合计", y.targets()));
            blocks.add(Block.table(templates.report("summary-targets"), lines, targetLabels("主管部门", "项目数", "1000万元\n（含）以上\n项目数")));
            blocks.add(Block.text("text", "全部地区：" + Disclosure.sentence(y.targets())));
            rejectedNote(blocks, y.rejected(Kind.TARGETS));
            YearOverYear yoy = consolidation.targets();
            if (yoy != null) {
                blocks.addAll(comparisons.overall(yoy));
                blocks.addAll(charts.acrossYears("各地区年度资金申请总额（万元）", "万元", yoy.previousYear(), yoy.year(),
                        Comparisons.regions(yoy).stream().map(r -> Comparisons.funds(r.region(), r)).toList(), null));
            } else {
                blocks.addAll(charts.across("各地区年度资金申请总额（万元）", "万元", bars));
            }
        }
        if (y.hasSelfEvaluations()) {
            blocks.add(Block.text("heading", (y.hasTargets() ? "二" : "一") + "、绩效自评"));
            List<Line> lines = new ArrayList<>();
            List<Chart.Bar> rates = new ArrayList<>();
            int[] no = {0};
            TargetsCheck.Agreement[] agreed = {TargetsCheck.Agreement.NONE};
            y.selfByRegion().forEach((region, rs) -> {
                int first = lines.size();
                TargetsCheck.Agreement[] inRegion = {TargetsCheck.Agreement.NONE};
                inRegion(y.selfByDepartment(), region).forEach((d, ds) -> {
                    TargetsCheck.Agreement a = consolidation.agreement(d.region(), d.name());
                    inRegion[0] = inRegion[0].plus(a);
                    lines.add(SummaryLines.selfTotals("row", Integer.toString(++no[0]), d.name(), ds).put("agreement", a.label()));
                });
                agreed[0] = agreed[0].plus(inRegion[0]);
                lines.add(SummaryLines.selfTotals("subtotal", "", region + " 小计", rs).put("agreement", inRegion[0].label()));
                SummaryLines.inRegion(lines.subList(first, lines.size()), region);
                rates.add(SummaryCharts.rate(region, rs.executionRate()));
            });
            lines.add(SummaryLines.selfTotals("total", "", "合计", y.selfEvaluations()).put("agreement", agreed[0].label()));
            blocks.add(Block.table(templates.report("summary-self-departments"), lines, agreementColumn()));
            blocks.add(Block.text("text", "全部地区：" + SummaryLines.selfSentence(y.selfEvaluations())));
            agreementNote(blocks, agreed[0]);
            rejectedNote(blocks, y.rejected(Kind.SELF_EVALUATION));
            YearOverYear yoy = consolidation.selfEvaluations();
            if (yoy != null) {
                blocks.addAll(comparisons.overall(yoy));
                blocks.addAll(charts.acrossYears("各地区执行率（%）", "%", yoy.previousYear(), yoy.year(),
                        Comparisons.regions(yoy).stream().map(r -> Comparisons.rates(r.region(), r)).toList(),
                        SummaryCharts.fullExecution()));
            } else {
                blocks.addAll(charts.rates("各地区执行率（%）", rates));
            }
            blocks.add(charts.distributions(y.selfLines(), y.selfEvaluations()));
        }
        return withRoundingNote(blocks);
    }

    /**
     * Says, under a table's sentence, how many projects of the table's kind and scope were rejected:
     * the sums above leave them out, and a reader should not take them for the whole filing.
     */
    private static void rejectedNote(List<Block> blocks, int rejected) {
        if (rejected > 0) {
            blocks.add(Block.text("text", "另有" + rejected + "个项目因填报错误被拒收，未计入上述数字，详见问题清单。"));
        }
    }

    /**
     * Under the 自评 sentence, how many of the scope's 自评 projects agree with the targets declared (issue 17):
     * only when some have targets on record — a scope none of whose 自评 could be checked says nothing.
     */
    private static void agreementNote(List<Block> blocks, TargetsCheck.Agreement a) {
        if (a.withTargets() > 0) {
            blocks.add(Block.text("text", "与申报的绩效目标核对：自评项目" + a.projects() + "个，有对应申报表的" + a.withTargets() + "个，其中与目标一致的"
                    + a.agreeing() + "个（" + a.label() + "）；不一致之处见问题清单（W14–W16）。"));
        }
    }

    /** The 自评 table's 与目标一致 column, shown when some 自评 of the 年度 has targets on record. */
    private Map<String, Object> agreementColumn() {
        return Map.of("AGREEMENT", consolidation.checkedAgainstTargets());
    }

    /** The rounding footnote, under the first table's sentence: where the reader meets the first sums. */
    private static List<Block> withRoundingNote(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind().equals("text")) {
                blocks.add(i + 1, Block.text("text", ROUNDING_NOTE));
                return blocks;
            }
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
}
