package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;

/**
 * W15 自评的指标不在申报表中 (问题): a 三级指标 of a 自评 that its 申报表 did not declare
 * ({@link IndicatorPairs}), said at its row. Planted by the generator as {@code PairMismatch.ADDED}.
 */
final class W15IndicatorAdded {

    private W15IndicatorAdded() {
    }

    static List<Finding> check(Project targets, IndicatorPairs paired) {
        List<Finding> out = new ArrayList<>();
        for (Indicator e : paired.added()) {
            out.add(Finding.at(Rule.INDICATOR_ADDED, e.source(), "三级指标", "自评表中的三级指标「" + e.level3() + "」（年度指标值「"
                    + IndicatorPairs.raw(e.target()) + "」）不在" + targets.year() + "年度的申报表中"));
        }
        return out;
    }
}
