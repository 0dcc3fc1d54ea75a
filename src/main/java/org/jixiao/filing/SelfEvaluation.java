package org.jixiao.filing;

import java.math.BigDecimal;

/**
 * What a 自评表 adds to a project: the funds block with its score weight, the goals set and met,
 * and the department's own figures for 执行率, 资金得分 and 总分/总得分 (null when not filed), which the
 * checks compare with what jixiao computes.
 */
public record SelfEvaluation(
        Budget total,
        Budget currentAppropriation,
        Budget carryover,
        Budget other,
        BigDecimal fundWeight,
        String expectedGoal,
        String actualResult,
        BigDecimal statedRate,
        BigDecimal statedFundScore,
        BigDecimal statedTotalWeight,
        BigDecimal statedTotalScore) {
}
