package org.jixiao.findings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;

/**
 * W05 填报的执行率与计算值不符 (问题): a 自评表's stated 执行率 ≠ 全年执行数 ÷ 全年预算数, compared at the
 * places the filer wrote ({@link #differs}). The computed rate is the one published.
 */
final class W05StatedRateMismatch {

    private W05StatedRateMismatch() {
    }

    /** @param e the scores computed for the 自评 project {@code p} */
    static List<Finding> check(Project p, Evaluation e) {
        BigDecimal stated = p.evaluation().statedRate();
        if (stated == null || e.executionRate() == null || !differs(stated, e.executionRate())) {
            return List.of();
        }
        return List.of(Finding.at(Rule.STATED_RATE_MISMATCH, p.source(), "执行率", "填报的执行率 " + Money.formatPercent(stated)
                + " 与计算值 " + Money.formatPercent(e.executionRate()) + "（全年执行数 ÷ 全年预算数）不符"));
    }

    /**
     * A stated 执行率 matches when the computed one, as a percentage rounded to the places the filer
     * wrote — two at least, as the forms print it (99.63%) — equals it: {@code 96} against 95.6% is
     * 96.00% against 95.60%, and a bare {@code 1} (read as 100%) is 100.00%, not anything from 50% to 149%.
     */
    static boolean differs(BigDecimal stated, BigDecimal computed) {
        BigDecimal percent = stated.movePointRight(2);
        int scale = Math.max(percent.stripTrailingZeros().scale(), 2);
        return computed.movePointRight(2).setScale(scale, RoundingMode.HALF_UP).compareTo(percent) != 0;
    }
}
