package org.jixiao.summary;

import java.math.BigDecimal;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.TargetValue;

/**
 * The points a project's 资金得分 lost: 资金分值 − 资金得分, when 执行率 was under 100% (or could not be
 * computed). The 扣分明细 and 扣分合计 list them with the indicators' deductions — a project graded on
 * 90 of 100 with 5 lost on funds shows all 10 lost, not 5 — as a row of the 预算执行率 line.
 */
record FundDeduction(BigDecimal points, Indicator indicator) {

    static final String LEVEL_ONE = "预算执行率";

    /** The deduction, or null when the funds lost nothing. */
    static FundDeduction of(Evaluation e) {
        if (e == null || e.fundWeight() == null || e.fundScore() == null) {
            return null;
        }
        BigDecimal lost = e.fundWeight().subtract(e.fundScore());
        if (lost.signum() <= 0) {
            return null;
        }
        String actual = e.executionRate() == null ? "无法计算（全年预算数为空或为零）" : Money.formatPercent(e.executionRate());
        Indicator row = new Indicator(new SourceRef("", "", 0), LEVEL_ONE, null, "执行率", TargetValue.parse("100%"),
                TargetValue.parse(actual), e.fundWeight(), e.fundScore(), null);
        return new FundDeduction(lost, row);
    }
}
