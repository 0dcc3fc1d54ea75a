package org.jixiao.findings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.filing.SelfEvaluation;
import org.jixiao.filing.Text;

/** Rules on a 自评表's figures: stated against computed, scores against weights, weights against 100. */
final class ScoreRules {

    private ScoreRules() {
    }

    static void check(Project p, Evaluation e, ScoringPolicy policy, Consumer<Finding> out) {
        SelfEvaluation s = p.evaluation();
        stated(p, s, e, out);
        if (e.executionRate() != null && e.executionRate().compareTo(BigDecimal.ONE) > 0) {
            out.accept(Finding.at(Rule.RATE_OVER_100, p.source(), "全年执行数",
                    "执行率 " + Money.formatPercent(e.executionRate()) + " 超过100%：全年执行数大于全年预算数"));
        }
        for (Indicator i : p.indicators()) {
            if (i.weight() == null || i.score() == null) {
                continue;
            }
            if (i.score().compareTo(i.weight()) > 0) {
                out.accept(Finding.at(Rule.SCORE_ABOVE_WEIGHT, i.source(), "得分",
                        "得分 " + Money.formatScore(i.score()) + " 高于分值 " + Money.formatScore(i.weight()) + "（三级指标「" + i.level3() + "」）"));
            } else if (i.score().compareTo(i.weight()) < 0 && Text.isBlank(i.deviation())) {
                out.accept(Finding.at(Rule.DEDUCTION_WITHOUT_REASON, i.source(), "偏差原因分析及改进措施",
                        "扣了 " + Money.formatScore(i.deduction()) + " 分，但未填写偏差原因分析及改进措施（三级指标「" + i.level3() + "」）"));
            }
        }
        weights(p, e, policy, out);
    }

    private static void stated(Project p, SelfEvaluation s, Evaluation e, Consumer<Finding> out) {
        if (s.statedRate() != null && e.executionRate() != null && rateDiffers(s.statedRate(), e.executionRate())) {
            out.accept(Finding.at(Rule.STATED_RATE_MISMATCH, p.source(), "执行率",
                    "填报的执行率 " + Money.formatPercent(s.statedRate()) + " 与计算值 " + Money.formatPercent(e.executionRate())
                            + "（全年执行数 ÷ 全年预算数）不符"));
        }
        if (s.statedFundScore() != null && differs(s.statedFundScore(), e.fundScore())) {
            out.accept(Finding.at(Rule.STATED_FUND_SCORE_MISMATCH, p.source(), "资金得分",
                    "填报的资金得分 " + Money.formatScore(s.statedFundScore()) + " 与计算值 " + Money.formatScore(e.fundScore()) + " 不符"));
        }
        if (s.statedTotalWeight() != null && differs(s.statedTotalWeight(), e.totalWeight())) {
            out.accept(Finding.at(Rule.STATED_TOTAL_MISMATCH, p.source(), "总分",
                    "填报的总分 " + Money.formatScore(s.statedTotalWeight()) + " 与资金分值加各项分值之和 " + Money.formatScore(e.totalWeight()) + " 不符"));
        }
        if (s.statedTotalScore() != null && differs(s.statedTotalScore(), e.totalScore())) {
            out.accept(Finding.at(Rule.STATED_TOTAL_MISMATCH, p.source(), "总得分",
                    "填报的总得分 " + Money.formatScore(s.statedTotalScore()) + " 与资金得分加各项得分之和 " + Money.formatScore(e.totalScore()) + " 不符"));
        }
    }

    /**
     * A stated 执行率 matches when the computed one, as a percentage rounded to the places the filer
     * wrote — two at least, as the forms print it (99.63%) — equals it: {@code 96} against 95.6% is
     * 96.00% against 95.60%, and a bare {@code 1} (read as 100%) is 100.00%, not anything from 50% to 149%.
     */
    static boolean rateDiffers(BigDecimal stated, BigDecimal computed) {
        BigDecimal percent = stated.movePointRight(2);
        int scale = Math.max(percent.stripTrailingZeros().scale(), 2);
        return computed.movePointRight(2).setScale(scale, RoundingMode.HALF_UP).compareTo(percent) != 0;
    }

    /** A stated figure matches when the computed one, rounded to the places the filer wrote, equals it. */
    static boolean differs(BigDecimal stated, BigDecimal computed) {
        int scale = Math.max(stated.scale(), 0);
        return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) != 0;
    }

    private static void weights(Project p, Evaluation e, ScoringPolicy policy, Consumer<Finding> out) {
        if (e.totalWeight().compareTo(ScoringPolicy.HUNDRED) != 0) {
            out.accept(Finding.at(Rule.WEIGHTS_NOT_100, p.source(), "分值",
                    "资金分值与各项分值合计为 " + Money.formatScore(e.totalWeight()) + "，应为100"));
        }
        Map<String, BigDecimal> byLevelOne = new LinkedHashMap<>();
        BigDecimal fundWeight = p.evaluation().fundWeight() != null ? p.evaluation().fundWeight() : policy.fundWeight();
        byLevelOne.put("预算执行率", fundWeight);
        for (Indicator i : p.indicators()) {
            String key = Text.isBlank(i.level1()) ? "（空）" : Text.squeeze(i.level1());
            byLevelOne.merge(key, Money.orZero(i.weight()), BigDecimal::add);
        }
        boolean standard = byLevelOne.size() == policy.levelOneWeights().size();
        for (Map.Entry<String, BigDecimal> w : policy.levelOneWeights().entrySet()) {
            BigDecimal actual = byLevelOne.get(w.getKey());
            standard &= actual != null && actual.compareTo(w.getValue()) == 0;
        }
        if (!standard) {
            out.accept(Finding.at(Rule.LEVEL_ONE_WEIGHTS, p.source(), "分值",
                    "一级指标分值为 " + describe(byLevelOne) + "，标准权重为 " + describe(policy.levelOneWeights())));
        }
    }

    private static String describe(Map<String, BigDecimal> weights) {
        StringBuilder s = new StringBuilder();
        weights.forEach((k, v) -> s.append(s.length() > 0 ? "、" : "").append(k).append(' ').append(Money.formatScore(v)));
        return s.toString();
    }
}
