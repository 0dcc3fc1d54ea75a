package org.jixiao.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * Amounts a project files, in 元. Annual amounts are log-normal around 80万 (most projects are tens
 * or hundreds of 万元, a few percent reach 1000万 and more), whole hundreds as budgets are; a
 * 自评表's adjusted budget and spending carry cents, as seed 003's do. Only exact decimals, and
 * StrictMath, so the same seed gives the same amounts on every machine.
 */
final class Funds {

    /** 项目资金总额 = 财政资金 + 其他资金; 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 年度其他资金. */
    record Targets(BigDecimal total, BigDecimal fiscal, BigDecimal other, BigDecimal annual, BigDecimal current,
            BigDecimal carryover, BigDecimal annualOther) {
    }

    /** 年初预算数, 全年预算数 (adjusted), 全年执行数. */
    record Spent(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Funds() {
    }

    static Targets targets(Random random) {
        BigDecimal annual = logNormal(random, 800_000, 1.4);
        BigDecimal carryover = BigDecimal.ZERO;
        BigDecimal annualOther = BigDecimal.ZERO;
        int split = random.nextInt(100);
        if (split >= 92) {
            annualOther = share(annual, 5 + random.nextInt(16));
        } else if (split >= 75) {
            carryover = share(annual, 5 + random.nextInt(26));
        }
        BigDecimal current = annual.subtract(carryover).subtract(annualOther);
        // most projects last the year; some span two or three, so their total is a multiple of the year's
        int years = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
        BigDecimal total = annual.multiply(BigDecimal.valueOf(years));
        BigDecimal other = annualOther.multiply(BigDecimal.valueOf(years));
        return new Targets(total, total.subtract(other), other, annual, current, carryover, annualOther);
    }

    static Spent spent(Random random) {
        BigDecimal initial = logNormal(random, 500_000, 1.2);
        BigDecimal adjusted = initial.multiply(BigDecimal.valueOf(80 + random.nextInt(26))).divide(HUNDRED)
                .add(BigDecimal.valueOf(random.nextInt(100), 2)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal executed = random.nextInt(10) < 3 ? adjusted
                : adjusted.multiply(BigDecimal.valueOf(900 + random.nextInt(100))).divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP);
        return new Spent(initial, adjusted, executed);
    }

    /** Whole hundreds of 元, between 2万 and 3亿. */
    private static BigDecimal logNormal(Random random, double median, double sigma) {
        double yuan = median * StrictMath.exp(sigma * random.nextGaussian());
        long hundreds = Math.max(200, Math.min(3_000_000, Math.round(yuan / 100)));
        return BigDecimal.valueOf(hundreds * 100).setScale(2);
    }

    private static BigDecimal share(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED.multiply(HUNDRED), 0, RoundingMode.DOWN)
                .multiply(HUNDRED).setScale(2);
    }
}
