package org.jixiao.filing;

import java.math.BigDecimal;

/** Comparison in a quantitative 指标值: {@code ≥95.00(%)} is GE 95.00 %. */
public enum Operator {
    GE("≥"), LE("≤"), EQ("="), GT(">"), LT("<");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Whether an achieved value meets a target stated with this operator. An exact target (=12次, or a
     * bare 12次) is met by more as well: departments state planned counts with =, and doing more than
     * planned is 超额完成, not a miss.
     */
    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case GE -> c >= 0;
            case LE -> c <= 0;
            case EQ -> c >= 0;
            case GT -> c > 0;
            case LT -> c < 0;
        };
    }

    /** True when smaller is better (a cost ceiling, a response time). */
    public boolean isCeiling() {
        return this == LE || this == LT;
    }
}
