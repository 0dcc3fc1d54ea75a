package org.jixiao.filing;

import java.math.BigDecimal;

/**
 * One 三级指标 row. For targets, {@code actual}, {@code weight}, {@code score} and
 * {@code deviation} are null; for self-evaluations {@code target} is the 年度指标值.
 */
public record Indicator(
        SourceRef source,
        String level1,
        String level2,
        String level3,
        TargetValue target,
        TargetValue actual,
        BigDecimal weight,
        BigDecimal score,
        String deviation) {

    /** Points deducted (分值 − 得分), zero when none or unknown. */
    public BigDecimal deduction() {
        if (weight == null || score == null || score.compareTo(weight) >= 0) {
            return BigDecimal.ZERO;
        }
        return weight.subtract(score);
    }
}
