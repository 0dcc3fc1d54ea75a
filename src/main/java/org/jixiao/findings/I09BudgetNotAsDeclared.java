package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;

/**
 * I09 年初预算数与申报的年度资金申请总额不同 (提示): a 自评's 年初预算数 other than the 年度资金申请总额 its
 * 申报表 declared. Advice: budgets are adjusted, and it does not count against the 自评's agreement with
 * its targets. Planted by the generator as {@code PairMismatch.BUDGET}.
 */
final class I09BudgetNotAsDeclared {

    private I09BudgetNotAsDeclared() {
    }

    static List<Finding> check(Project self, Project targets) {
        BigDecimal initial = self.evaluation().total().initial();
        BigDecimal annual = targets.funds().annual();
        if (initial == null || annual == null || initial.compareTo(annual) == 0) {
            return List.of();
        }
        return List.of(Finding.at(Rule.BUDGET_NOT_AS_DECLARED, self.source(), "年初预算数", "年初预算数 " + Money.formatYuan(initial)
                + " 元与申报表的年度资金申请总额 " + Money.formatYuan(annual) + " 元不同（相差 " + Money.formatYuan(initial.subtract(annual))
                + " 元）"));
    }
}
