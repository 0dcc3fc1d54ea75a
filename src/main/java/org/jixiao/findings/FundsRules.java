package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetFunds;

/** Rules on a 申报表's funds block and dates. */
final class FundsRules {

    private FundsRules() {
    }

    static void check(Project p, Consumer<Finding> out) {
        TargetFunds f = p.funds();
        if (f.annual() != null && anyPresent(f.currentAppropriation(), f.carryover(), f.annualOther())) {
            BigDecimal parts = sum(f.currentAppropriation(), f.carryover(), f.annualOther());
            if (parts.compareTo(f.annual()) != 0) {
                out.accept(Finding.at(Rule.ANNUAL_FUNDS_MISMATCH, p.source(), "年度资金申请总额",
                        "年度资金申请总额 " + Money.formatYuan(f.annual()) + " 元 ≠ 当年财政拨款 + 上年结转资金 + 其他资金 = "
                                + Money.formatYuan(parts) + " 元（相差 " + Money.formatYuan(f.annual().subtract(parts)) + " 元）"));
            }
        }
        if (f.total() != null && anyPresent(f.fiscal(), f.other())) {
            BigDecimal parts = sum(f.fiscal(), f.other());
            if (parts.compareTo(f.total()) != 0) {
                out.accept(Finding.at(Rule.TOTAL_FUNDS_MISMATCH, p.source(), "项目资金总额",
                        "项目资金总额 " + Money.formatYuan(f.total()) + " 元 ≠ 财政资金 + 其他资金 = "
                                + Money.formatYuan(parts) + " 元（相差 " + Money.formatYuan(f.total().subtract(parts)) + " 元）"));
            }
        }
        if (p.start() != null && p.end() != null && p.end().isBefore(p.start())) {
            out.accept(Finding.at(Rule.DATES_REVERSED, p.source(), "计划完成日期",
                    "计划完成日期 " + p.end() + " 早于计划开始日期 " + p.start()));
        }
    }

    private static boolean anyPresent(BigDecimal... values) {
        for (BigDecimal v : values) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal sum(BigDecimal... values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(Money.orZero(v));
        }
        return s;
    }
}
