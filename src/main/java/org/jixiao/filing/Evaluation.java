package org.jixiao.filing;

import java.math.BigDecimal;

/**
 * What jixiao computes for a self-evaluated project: 执行率 against the adjusted budget (and against
 * 年初预算数, shown beside it), the 资金分值 applied, 资金得分, 总得分 and 等级. Values are exact; rounding is for display.
 */
public record Evaluation(
        BigDecimal executionRate,
        BigDecimal initialRate,
        BigDecimal fundWeight,
        BigDecimal fundScore,
        BigDecimal indicatorScore,
        BigDecimal totalScore,
        BigDecimal totalWeight,
        Grade grade) {
}
