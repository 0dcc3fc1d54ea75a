package org.jixiao.findings;

import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.ScoringPolicy;

/** W10 分值合计不等于100 (问题): a 自评表's 资金分值 + Σ分值 ≠ 100. */
final class W10WeightsNot100 {

    private W10WeightsNot100() {
    }

    /** @param e the scores computed for the 自评 project {@code p} */
    static List<Finding> check(Project p, Evaluation e) {
        if (e.totalWeight().compareTo(ScoringPolicy.HUNDRED) == 0) {
            return List.of();
        }
        return List.of(Finding.at(Rule.WEIGHTS_NOT_100, p.source(), "分值", "资金分值与各项分值合计为 " + Money.formatScore(e.totalWeight()) + "，应为100"));
    }
}
