package org.jixiao.filing;

import java.math.BigDecimal;

/**
 * One row of a 自评表's funds block (年度资金总额 or one of its sources), in 元:
 * 年初预算数, 全年预算数 (the adjusted budget), 全年执行数.
 */
public record Budget(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {

    public static final Budget NONE = new Budget(null, null, null);

    public boolean isEmpty() {
        return initial == null && adjusted == null && executed == null;
    }
}
