package org.jixiao.render;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Grade;
import org.jixiao.filing.Money;
import org.jixiao.summary.SelfEvaluationTotals;
import org.jixiao.summary.TargetTotals;
import org.jixiao.summary.YearSummary;

/** The rows of the 汇总表 tables, formatted once here: 万元 half-up, rates and scores as Money prints them. */
final class SummaryLines {

    private SummaryLines() {
    }

    /** A 申报表 project as a row of the department table (项目类别 in the count column, 是/否 for ≥1000万). */
    static Line targetProject(int no, YearSummary.TargetLine l) {
        return new Line("row").put("no", no).put("name", l.name()).put("count", l.category())
                .put("annual", Money.formatWan(l.funds().annual())).put("current", Money.formatWan(l.funds().currentAppropriation()))
                .put("carryover", Money.formatWan(l.funds().carryover())).put("other", Money.formatWan(l.funds().annualOther()))
                .put("large", l.funds().isLarge() ? "是" : "否").put("indicators", l.indicators())
                .put("quantitative", l.quantitative())
                .put("share", l.indicators() == 0 ? "" : Money.formatPercent(share(l.quantitative(), l.indicators())));
    }

    /** Totals of 申报表 projects as a row: a department, a subtotal or the total. */
    static Line targetTotals(String kind, String no, String name, TargetTotals t) {
        return new Line(kind).put("no", no).put("name", name).put("count", t.projects())
                .put("annual", Money.formatWan(t.annual())).put("current", Money.formatWan(t.currentAppropriation()))
                .put("carryover", Money.formatWan(t.carryover())).put("other", Money.formatWan(t.other()))
                .put("large", t.large()).put("indicators", t.indicators()).put("quantitative", t.quantitative())
                .put("share", Money.formatPercent(t.quantitativeShare()));
    }

    /**
     * The total row of a department's table of projects: its 项目类别 column holds no count (a 12
     * under 项目类别 reads as a category); the number of projects goes with 合计.
     */
    static Line targetProjectsTotal(TargetTotals t) {
        return targetTotals("total", "", "合计（" + t.projects() + "个项目）", t).put("count", "");
    }

    static Line selfProject(int no, YearSummary.SelfLine l) {
        var e = l.evaluation();
        return new Line("row").put("no", no).put("name", l.name()).put("initial", Money.formatWan(l.budget().initial()))
                .put("budget", Money.formatWan(l.budget().adjusted())).put("executed", Money.formatWan(l.budget().executed()))
                .put("rate", Money.formatPercent(e.executionRate())).put("initialRate", Money.formatPercent(e.initialRate()))
                .put("fundScore", Money.formatScore(e.fundScore())).put("indicatorScore", Money.formatScore(e.indicatorScore()))
                .put("total", Money.formatScore(e.totalScore())).put("grade", e.grade().name()).put("deductions", l.deductions());
    }

    /**
     * The total row of the department's self-evaluation table: sums, ΣE/ΣB and the mean 总得分, which
     * its label names as a mean (a figure under 总得分 in a 合计 row reads as a sum otherwise).
     */
    static Line selfProjectsTotal(SelfEvaluationTotals t) {
        return new Line("total").put("no", "").put("name", "合计（" + t.projects() + "个项目；总得分为平均分）").put("initial", Money.formatWan(t.initial()))
                .put("budget", Money.formatWan(t.budget())).put("executed", Money.formatWan(t.executed()))
                .put("rate", Money.formatPercent(t.executionRate()))
                .put("initialRate", Money.formatPercent(org.jixiao.filing.ScoringPolicy.rate(t.executed(), t.initial())))
                .put("fundScore", "").put("indicatorScore", "").put("total", Money.formatMean(t.meanScore()))
                .put("grade", "").put("deductions", t.deductions());
    }

    static Line selfTotals(String kind, String no, String name, SelfEvaluationTotals t) {
        return new Line(kind).put("no", no).put("name", name).put("projects", t.projects())
                .put("initial", Money.formatWan(t.initial())).put("budget", Money.formatWan(t.budget()))
                .put("executed", Money.formatWan(t.executed())).put("rate", Money.formatPercent(t.executionRate()))
                .put("mean", Money.formatMean(t.meanScore())).put("weighted", Money.formatMean(t.weightedMeanScore()))
                .put("excellent", t.grade(Grade.优)).put("good", t.grade(Grade.良)).put("fair", t.grade(Grade.中))
                .put("poor", t.grade(Grade.差)).put("deductions", t.deductions());
    }

    /** An indicator that lost points, with the reason the department gave. */
    static Line deduction(int no, YearSummary.Deduction d) {
        var i = d.indicator();
        return new Line("row").put("no", no).put("project", d.project()).put("level1", i.level1()).put("level2", i.level2())
                .put("level3", i.level3()).put("target", i.target() == null ? null : i.target().raw())
                .put("actual", i.actual() == null ? null : i.actual().raw()).put("weight", Money.formatScore(i.weight()))
                .put("score", Money.formatScore(i.score())).put("points", Money.formatScore(d.points()))
                .put("deviation", i.deviation());
    }

    /**
     * Marks the rows of one 地区 of an overall table (its departments, then its subtotal): the first
     * row carries the 地区's name, printed above it; a page that opens on a later one names the 地区, 续.
     */
    static void inRegion(List<Line> rows, String region) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put(Line.REGION, region).put(Line.REGION_HEADING, i == 0 ? region : null);
        }
    }

    /** 自评项目6个，全年预算数…万元，…；平均总得分…分，按资金加权…分；优6个、良0个、中0个、差0个；扣分指标20项，共扣29分。 */
    static String selfSentence(SelfEvaluationTotals t) {
        StringBuilder s = new StringBuilder("自评项目").append(t.projects()).append("个，全年预算数")
                .append(Money.plainWan(t.budget())).append("万元，全年执行数").append(Money.plainWan(t.executed()))
                .append("万元，执行率").append(Money.formatPercent(t.executionRate())).append("；平均总得分")
                .append(Money.formatMean(t.meanScore())).append("分，按资金加权").append(Money.formatMean(t.weightedMeanScore()))
                .append("分；");
        for (Grade g : Grade.values()) {
            s.append(g.name()).append(t.grade(g)).append("个").append(g == Grade.差 ? "；" : "、");
        }
        return s.append("扣分指标").append(t.deductions()).append("项，共扣").append(Money.formatScore(t.deducted()))
                .append("分。").toString();
    }

    private static BigDecimal share(int part, int whole) {
        return org.jixiao.filing.ScoringPolicy.divide(new BigDecimal(part), new BigDecimal(whole));
    }
}
