package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetFunds;

/**
 * W03 项目资金总额与分项之和不符 (问题): a 申报表's 项目资金总额 ≠ 财政资金 + 其他资金, when either part is
 * given (a missing part counts as 0).
 */
final class W03TotalFundsMismatch {

    private W03TotalFundsMismatch() {
    }

    /** @param p a 申报表 project */
    static List<Finding> check(Project p) {
        TargetFunds f = p.funds();
        if (f.total() == null || !Parts.anyPresent(f.fiscal(), f.other())) {
            return List.of();
        }
        BigDecimal parts = Parts.sum(f.fiscal(), f.other());
        if (parts.compareTo(f.total()) == 0) {
            return List.of();
        }
        return List.of(Finding.at(Rule.TOTAL_FUNDS_MISMATCH, p.source(), "项目资金总额",
                "项目资金总额 " + Money.formatYuan(f.total()) + " 元 ≠ 财政资金 + 其他资金 = "
                        + Money.formatYuan(parts) + " 元（相差 " + Money.formatYuan(f.total().subtract(parts)) + " 元）"));
    }
}
