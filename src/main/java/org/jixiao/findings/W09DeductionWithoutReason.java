package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.Text;

/**
 * W09 扣分未说明偏差原因 (问题): an indicator of a 自评表 scored below its 分值 with no 偏差原因分析及改进措施.
 * Planted by the generator as {@code Defect.DEDUCTION_WITHOUT_REASON}.
 */
final class W09DeductionWithoutReason {

    private W09DeductionWithoutReason() {
    }

    static List<Finding> check(Project p) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            if (i.weight() != null && i.score() != null && i.score().compareTo(i.weight()) < 0 && Text.isBlank(i.deviation())) {
                out.add(Finding.at(Rule.DEDUCTION_WITHOUT_REASON, i.source(), "偏差原因分析及改进措施", "扣了 " + Money.formatScore(i.deduction())
                        + " 分，但未填写偏差原因分析及改进措施（三级指标「" + i.level3() + "」）"));
            }
        }
        return out;
    }
}
