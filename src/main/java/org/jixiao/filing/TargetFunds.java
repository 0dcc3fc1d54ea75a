package org.jixiao.filing;

import java.math.BigDecimal;

/**
 * The funds block of a 申报表, in 元. Left column: 项目资金总额 = 财政资金 + 其他资金; right column:
 * 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金. Absent amounts are null, never zero.
 */
public record TargetFunds(
        BigDecimal total,
        BigDecimal fiscal,
        BigDecimal other,
        BigDecimal annual,
        BigDecimal currentAppropriation,
        BigDecimal carryover,
        BigDecimal annualOther) {

    public boolean isLarge() {
        return annual != null && annual.compareTo(Money.LARGE_PROJECT) >= 0;
    }
}
