package org.jixiao.filing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The national scoring practice (财预〔2020〕10号) as configuration: 资金分值 defaults to 10; 资金得分 =
 * 资金分值 × min(执行率, cap); grade bands 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差; 一级指标 weights; how far a
 * score may stray from what the values imply before it is a finding.
 *
 * @param fundWeight        资金分值 when none is filed
 * @param rateCap           the cap applied to 执行率 when scoring funds (1 = 100%)
 * @param excellent         lowest 总得分 graded 优
 * @param good              lowest 总得分 graded 良
 * @param pass              lowest 总得分 graded 中
 * @param levelOneWeights   expected Σ分值 per 一级指标; the funds row is keyed 预算执行率
 * @param tolerance         allowed gap between a score and the score its values imply, as a share of 分值
 * @param achievedFloor     lowest share of 分值 for a qualitative indicator that was 达成
 * @param partialFloor      lowest share of 分值 for one 部分达成 (below is 未达成)
 */
public record ScoringPolicy(
        BigDecimal fundWeight,
        BigDecimal rateCap,
        BigDecimal excellent,
        BigDecimal good,
        BigDecimal pass,
        Map<String, BigDecimal> levelOneWeights,
        BigDecimal tolerance,
        BigDecimal achievedFloor,
        BigDecimal partialFloor) {

    /** Scale of computed rates and scores; display rounds to two places. */
    public static final int SCALE = 10;
    public static final BigDecimal HUNDRED = new BigDecimal("100");

    public static ScoringPolicy national() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("预算执行率", new BigDecimal("10"));
        weights.put("产出指标", new BigDecimal("50"));
        weights.put("效益指标", new BigDecimal("30"));
        weights.put("满意度指标", new BigDecimal("10"));
        return new ScoringPolicy(new BigDecimal("10"), BigDecimal.ONE, new BigDecimal("90"), new BigDecimal("80"),
                new BigDecimal("60"), weights, new BigDecimal("0.10"), new BigDecimal("0.80"), new BigDecimal("0.60"));
    }

    /** 全年执行数 / 全年预算数; null when either is absent or the budget is zero. */
    public static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.divide(budget, SCALE, RoundingMode.HALF_UP);
    }

    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Grade.优;
        }
        if (total.compareTo(good) >= 0) {
            return Grade.良;
        }
        return total.compareTo(pass) >= 0 ? Grade.中 : Grade.差;
    }

    /** Computes 执行率, 资金得分, 总得分 and 等级 for a self-evaluated project. */
    public Evaluation evaluate(Project project) {
        SelfEvaluation e = project.evaluation();
        BigDecimal weight = e.fundWeight() != null ? e.fundWeight() : fundWeight;
        BigDecimal rate = rate(e.total().executed(), e.total().adjusted());
        BigDecimal initialRate = rate(e.total().executed(), e.total().initial());
        BigDecimal fundScore = rate == null ? BigDecimal.ZERO
                : weight.multiply(rate.min(rateCap)).setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal scores = BigDecimal.ZERO;
        BigDecimal weights = weight;
        for (Indicator i : project.indicators()) {
            scores = scores.add(Money.orZero(i.score()));
            weights = weights.add(Money.orZero(i.weight()));
        }
        BigDecimal total = fundScore.add(scores);
        return new Evaluation(rate, initialRate, weight, fundScore, scores, total, weights, grade(total));
    }

    /** Funds-weighted mean helper: Σ(w·x) / Σw with the policy's scale. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, new MathContext(20, RoundingMode.HALF_UP)).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
