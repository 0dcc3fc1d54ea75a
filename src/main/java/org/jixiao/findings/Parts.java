package org.jixiao.findings;

import java.math.BigDecimal;
import org.jixiao.filing.Money;

/** Amounts and the parts they are made of, as W02 and W03 add them up: a missing part counts as 0. */
final class Parts {

    private Parts() {
    }

    static boolean anyPresent(BigDecimal... parts) {
        for (BigDecimal v : parts) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal sum(BigDecimal... parts) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : parts) {
            s = s.add(Money.orZero(v));
        }
        return s;
    }
}
