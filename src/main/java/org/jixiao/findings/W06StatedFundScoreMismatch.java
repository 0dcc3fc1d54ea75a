package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;

/**
 * W06 填报的资金得分与计算值不符 (问题): a 自评表's stated 资金得分 ≠ 资金分值 × min(执行率, 1), compared at
 * the places the filer wrote. The computed score is the one published.
 */
final class W06StatedFundScoreMismatch {

    private W06StatedFundScoreMismatch() {
    }

    /** @param e the scores computed for the 自评 project {@code p} */
    static List<Finding> check(Project p, Evaluation e) {
        BigDecimal stated = p.evaluation().statedFundScore();
        if (stated == null || !StatedFigure.differs(stated, e.fundScore())) {
            return List.of();
        }
        return List.of(Finding.at(Rule.STATED_FUND_SCORE_MISMATCH, p.source(), "资金得分",
                "填报的资金得分 " + Money.formatScore(stated) + " 与计算值 " + Money.formatScore(e.fundScore()) + " 不符"));
    }
}
