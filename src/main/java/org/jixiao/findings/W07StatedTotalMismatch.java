package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.SelfEvaluation;

/**
 * W07 填报的总分或总得分与计算值不符 (问题): a 自评表's stated 总分 ≠ 资金分值 + Σ分值, or its stated 总得分
 * ≠ 资金得分 + Σ得分, compared at the places the filer wrote; one finding for each.
 */
final class W07StatedTotalMismatch {

    private W07StatedTotalMismatch() {
    }

    /** @param e the scores computed for the 自评 project {@code p} */
    static List<Finding> check(Project p, Evaluation e) {
        SelfEvaluation s = p.evaluation();
        List<Finding> out = new ArrayList<>();
        if (s.statedTotalWeight() != null && StatedFigure.differs(s.statedTotalWeight(), e.totalWeight())) {
            out.add(Finding.at(Rule.STATED_TOTAL_MISMATCH, p.source(), "总分", "填报的总分 " + Money.formatScore(s.statedTotalWeight())
                    + " 与资金分值加各项分值之和 " + Money.formatScore(e.totalWeight()) + " 不符"));
        }
        if (s.statedTotalScore() != null && StatedFigure.differs(s.statedTotalScore(), e.totalScore())) {
            out.add(Finding.at(Rule.STATED_TOTAL_MISMATCH, p.source(), "总得分", "填报的总得分 " + Money.formatScore(s.statedTotalScore())
                    + " 与资金得分加各项得分之和 " + Money.formatScore(e.totalScore()) + " 不符"));
        }
        return out;
    }
}
