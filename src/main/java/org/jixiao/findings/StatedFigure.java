package org.jixiao.findings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How W06 and W07 compare a figure the filer stated with the one jixiao computes. */
final class StatedFigure {

    private StatedFigure() {
    }

    /** A stated figure matches when the computed one, rounded to the places the filer wrote, equals it. */
    static boolean differs(BigDecimal stated, BigDecimal computed) {
        int scale = Math.max(stated.scale(), 0);
        return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) != 0;
    }
}
