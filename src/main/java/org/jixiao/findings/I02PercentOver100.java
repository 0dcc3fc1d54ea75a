package org.jixiao.findings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetValue;

/** I02 百分比超过100% (提示): a 指标值 (or 实际完成值) in % above 100. */
final class I02PercentOver100 {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private I02PercentOver100() {
    }

    static List<Finding> check(Project p) {
        return StatedValues.each(p, I02PercentOver100::check);
    }

    private static void check(Indicator i, TargetValue v, String column, List<Finding> out) {
        if (v != null && v.isQuantitative() && v.hasUnit() && v.isPercent() && v.number().compareTo(HUNDRED) > 0) {
            out.add(Finding.at(Rule.PERCENT_OVER_100, i.source(), column, column + "「" + v.raw() + "」的百分比超过100%"));
        }
    }
}
