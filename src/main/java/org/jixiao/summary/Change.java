package org.jixiao.summary;

import java.math.BigDecimal;
import org.jixiao.filing.ScoringPolicy;

/**
 * One measure this year beside last year: both values, 增减额 and 增减率. {@code previous} or {@code current}
 * is null when the department (地区) did not file that year. Additive measures (项目数, amounts) are taken
 * as zero where a year is missing, so the departments' 增减额 add up to their 地区's: a department new this
 * year has its whole amount as 增减额 and {@link #NEW} for 增减率 — never a division by zero — and one that
 * ended has minus its amount and −100%. A level (执行率, mean 总得分) only has a 增减 when both years have one
 * (percentage points, points), and no 增减率.
 */
public record Change(BigDecimal previous, BigDecimal current, BigDecimal difference, BigDecimal rate, String note) {

    /** 增减率 and 说明 of a department or 地区 that did not file last year. */
    public static final String NEW = "新增";
    /** 说明 of one that filed last year and not this year. */
    public static final String ENDED = "本年未报";
    /** 说明 when last year's amount was zero: there is a 增减额 and no 增减率. */
    public static final String FROM_ZERO = "上年为0";

    static Change additive(BigDecimal previous, BigDecimal current) {
        if (previous == null && current == null) {
            return new Change(null, null, null, null, "");
        }
        BigDecimal p = previous == null ? BigDecimal.ZERO : previous;
        BigDecimal c = current == null ? BigDecimal.ZERO : current;
        BigDecimal difference = c.subtract(p);
        if (previous == null) {
            return new Change(null, current, difference, null, NEW);
        }
        if (p.signum() == 0) {
            return new Change(previous, current, difference, null, c.signum() == 0 ? "" : FROM_ZERO);
        }
        return new Change(previous, current, difference, ScoringPolicy.divide(difference, p), current == null ? ENDED : "");
    }

    static Change additive(int previous, int current, boolean hadPrevious, boolean hasCurrent) {
        return additive(hadPrevious ? BigDecimal.valueOf(previous) : null, hasCurrent ? BigDecimal.valueOf(current) : null);
    }

    static Change level(BigDecimal previous, BigDecimal current, boolean hadPrevious, boolean hasCurrent) {
        String note = !hadPrevious && hasCurrent ? NEW : hadPrevious && !hasCurrent ? ENDED : "";
        BigDecimal difference = previous != null && current != null ? current.subtract(previous) : null;
        return new Change(previous, current, difference, null, note);
    }

    /** What the 增减率 cell shows: the rate, or {@link #NEW} for a department new this year. */
    public Object rateCell() {
        return NEW.equals(note) ? NEW : rate;
    }
}
