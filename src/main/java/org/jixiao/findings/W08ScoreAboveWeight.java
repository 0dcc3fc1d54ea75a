package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;

/** W08 得分高于分值 (问题): an indicator of a 自评表 scored above its 分值. */
final class W08ScoreAboveWeight {

    private W08ScoreAboveWeight() {
    }

    static List<Finding> check(Project p) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            if (i.weight() != null && i.score() != null && i.score().compareTo(i.weight()) > 0) {
                out.add(Finding.at(Rule.SCORE_ABOVE_WEIGHT, i.source(), "得分", "得分 " + Money.formatScore(i.score()) + " 高于分值 "
                        + Money.formatScore(i.weight()) + "（三级指标「" + i.level3() + "」）"));
            }
        }
        return out;
    }
}
