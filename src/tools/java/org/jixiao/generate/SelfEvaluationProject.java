package org.jixiao.generate;

import static org.jixiao.generate.TargetsProject.set;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.TargetValue;
import org.jixiao.ingest.RawRow;

/**
 * One project's 绩效自评表 as flat rows. Weights follow the national practice (资金 10, 产出 50, 效益 30,
 * 满意度 10); most indicators are met and earn full marks; about one project in seven loses points on
 * one indicator, scored as the values imply and explained. A department that states 执行率, 资金得分 and
 * 总得分 states them as jixiao computes them, rounded where the filer rounds.
 */
final class SelfEvaluationProject {

    private static final BigDecimal FUND_WEIGHT = BigDecimal.TEN;
    private static final int DEDUCTION_PERCENT = 15;

    private final DepartmentFilings department;
    private final Vocabulary words;
    private final Random random;

    SelfEvaluationProject(DepartmentFilings department, Vocabulary words, Random random) {
        this.department = department;
        this.words = words;
        this.random = random;
    }

    List<RawRow> rows(int k, Vocabulary.ProjectType type, Defect defect) {
        Style style = department.style();
        String[] project = department.common(k, DepartmentFilings.SELF_EVALUATION_YEAR, type);
        Funds.Spent spent = Funds.spent(random);
        String executed = defect == Defect.UNREADABLE_SPENDING ? "未决算" : style.money(spent.executed());
        set(project, Column.年初预算数, style.money(spent.initial()));
        set(project, Column.全年预算数, style.money(spent.adjusted()));
        set(project, Column.全年执行数, executed);
        set(project, Column.资金分值, FUND_WEIGHT.toPlainString());
        // as seed 003: the whole budget is this year's appropriation; carry-over and other funds are nil
        set(project, Column.当年财政拨款年初预算数, style.money(spent.initial()));
        set(project, Column.当年财政拨款全年预算数, style.money(spent.adjusted()));
        set(project, Column.当年财政拨款全年执行数, executed);
        for (Column c : new Column[] {Column.上年结转资金年初预算数, Column.上年结转资金全年预算数, Column.其他资金年初预算数,
            Column.其他资金全年预算数}) {
            set(project, c, style.money(BigDecimal.ZERO));
        }
        set(project, Column.预期目标, department.goal(type.name(), random));
        set(project, Column.实际完成情况, department.result(type.name(), random));
        List<IndicatorPicker.Picked> picked = new IndicatorPicker(words, random).forSelfEvaluation();
        int[] weights = weights(picked);
        boolean deducts = defect == Defect.DEDUCTION_WITHOUT_REASON || random.nextInt(100) < DEDUCTION_PERCENT;
        int missed = deducts ? random.nextInt(picked.size()) : -1;
        int blank = defect == Defect.BLANK_ACTUAL ? random.nextInt(picked.size()) : -1;
        List<String[]> rows = new ArrayList<>(picked.size());
        BigDecimal scores = BigDecimal.ZERO;
        for (int i = 0; i < picked.size(); i++) {
            IndicatorPicker.Picked p = picked.get(i);
            String[] cells = project.clone();
            set(cells, Column.一级指标, p.template().level1());
            set(cells, Column.二级指标, p.template().level2());
            set(cells, Column.三级指标, p.template().level3());
            set(cells, Column.年度指标值, p.target().text());
            BigDecimal weight = BigDecimal.valueOf(weights[i]);
            BigDecimal score = weight;
            String actual = p.target().text();
            if (i == missed) {
                actual = p.target().canMiss() ? ValueSpec.missed(p.target(), random) : "基本完成";
                score = missedScore(weight, p.target().text(), actual);
                set(cells, Column.偏差原因分析及改进措施, defect == Defect.DEDUCTION_WITHOUT_REASON ? null : department.reason(random));
            }
            set(cells, Column.实际完成值, i == blank ? null : actual);
            set(cells, Column.分值, weight.toPlainString());
            set(cells, Column.得分, score.stripTrailingZeros().toPlainString());
            scores = scores.add(score);
            rows.add(cells);
        }
        if (style.statedScores() && defect != Defect.UNREADABLE_SPENDING) {
            stated(rows, spent, scores);
        }
        return rows.stream().map(cells -> DepartmentFilings.row(Kind.SELF_EVALUATION, cells)).toList();
    }

    /** 产出 50, 效益 30, 满意度 10, each shared in whole points among its indicators (the first ones get the odd points). */
    private static int[] weights(List<IndicatorPicker.Picked> picked) {
        int[] weights = new int[picked.size()];
        for (String level1 : new String[] {"产出指标", "效益指标", "满意度指标"}) {
            int total = switch (level1) {
                case "产出指标" -> 50;
                case "效益指标" -> 30;
                default -> 10;
            };
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < picked.size(); i++) {
                if (picked.get(i).template().level1().equals(level1)) {
                    at.add(i);
                }
            }
            for (int j = 0; j < at.size(); j++) {
                weights[at.get(j)] = total / at.size() + (j < total % at.size() ? 1 : 0);
            }
        }
        return weights;
    }

    /**
     * What a missed indicator earns: 分值 × 完成值/指标值 (the other way round for a ceiling), to one
     * decimal and short of full; 70% for a qualitative 基本完成 (部分达成).
     */
    private static BigDecimal missedScore(BigDecimal weight, String target, String actual) {
        TargetValue t = TargetValue.parse(target);
        TargetValue a = TargetValue.parse(actual);
        BigDecimal share = new BigDecimal("0.7");
        if (t.isQuantitative() && a.isQuantitative() && a.number().signum() > 0) {
            share = t.operator().isCeiling() ? t.number().divide(a.number(), 4, RoundingMode.HALF_UP)
                    : a.number().divide(t.number(), 4, RoundingMode.HALF_UP);
        }
        BigDecimal score = weight.multiply(share).setScale(1, RoundingMode.HALF_UP);
        return score.min(weight.subtract(new BigDecimal("0.1")));
    }

    /** 执行率, 资金得分, 总分 and 总得分 as jixiao computes them, rounded to two places (percent for 执行率). */
    private static void stated(List<String[]> rows, Funds.Spent spent, BigDecimal scores) {
        BigDecimal rate = ScoringPolicy.rate(spent.executed(), spent.adjusted());
        BigDecimal fundScore = FUND_WEIGHT.multiply(rate.min(BigDecimal.ONE)).setScale(ScoringPolicy.SCALE, RoundingMode.HALF_UP);
        String percent = rate.setScale(4, RoundingMode.HALF_UP).movePointRight(2).toPlainString() + "%";
        for (String[] cells : rows) {
            set(cells, Column.执行率, percent);
            set(cells, Column.资金得分, fundScore.setScale(2, RoundingMode.HALF_UP).toPlainString());
            set(cells, Column.总分, "100");
            set(cells, Column.总得分, fundScore.add(scores).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
    }
}
