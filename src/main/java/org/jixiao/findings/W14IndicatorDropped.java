package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;

/**
 * W14 申报的指标未在自评中出现 (问题): a 三级指标 its 申报表 declared that the 自评 does not evaluate
 * ({@link IndicatorPairs}), said at the 自评 project. Planted by the generator as
 * {@code PairMismatch.DROPPED}.
 */
final class W14IndicatorDropped {

    private W14IndicatorDropped() {
    }

    static List<Finding> check(Project self, IndicatorPairs paired) {
        List<Finding> out = new ArrayList<>();
        for (Indicator d : paired.dropped()) {
            out.add(Finding.at(Rule.INDICATOR_DROPPED, self.source(), "三级指标", "申报表中的三级指标「" + d.level3() + "」（"
                    + d.level1() + "/" + d.level2() + "，指标值「" + IndicatorPairs.raw(d.target()) + "」）在自评表中没有出现（申报表见 "
                    + d.source().describe() + "）"));
        }
        return out;
    }
}
