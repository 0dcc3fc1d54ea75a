package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Evaluation;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;

/** I07 执行率超过100% (提示): a 自评 project that spent more than its 全年预算数. */
final class I07RateOver100 {

    private I07RateOver100() {
    }

    /** @param e the scores computed for the 自评 project {@code p} */
    static List<Finding> check(Project p, Evaluation e) {
        if (e.executionRate() == null || e.executionRate().compareTo(BigDecimal.ONE) <= 0) {
            return List.of();
        }
        return List.of(Finding.at(Rule.RATE_OVER_100, p.source(), "全年执行数",
                "执行率 " + Money.formatPercent(e.executionRate()) + " 超过100%：全年执行数大于全年预算数"));
    }
}
