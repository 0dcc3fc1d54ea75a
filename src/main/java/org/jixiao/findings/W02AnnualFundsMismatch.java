package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetFunds;

/**
 * W02 年度资金申请总额与分项之和不符 (问题): a 申报表's 年度资金申请总额 ≠ 当年财政拨款 + 上年结转资金 + 年度其他资金,
 * when any part is given (a missing part counts as 0). Planted by the generator as
 * {@code Defect.ANNUAL_NOT_PARTS}.
 */
final class W02AnnualFundsMismatch {

    private W02AnnualFundsMismatch() {
    }

    /** @param p a 申报表 project */
    static List<Finding> check(Project p) {
        TargetFunds f = p.funds();
        if (f.annual() == null || !Parts.anyPresent(f.currentAppropriation(), f.carryover(), f.annualOther())) {
            return List.of();
        }
        BigDecimal parts = Parts.sum(f.currentAppropriation(), f.carryover(), f.annualOther());
        if (parts.compareTo(f.annual()) == 0) {
            return List.of();
        }
        return List.of(Finding.at(Rule.ANNUAL_FUNDS_MISMATCH, p.source(), "年度资金申请总额",
                "年度资金申请总额 " + Money.formatYuan(f.annual()) + " 元 ≠ 当年财政拨款 + 上年结转资金 + 其他资金 = "
                        + Money.formatYuan(parts) + " 元（相差 " + Money.formatYuan(f.annual().subtract(parts)) + " 元）"));
    }
}
