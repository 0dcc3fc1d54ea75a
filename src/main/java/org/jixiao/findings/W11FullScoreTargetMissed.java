package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Money;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetValue;

/**
 * W11 未达到指标值却得满分 (问题): a quantitative indicator of a 自评表 whose 实际完成值 misses its 指标值
 * and still earns its full 分值. (Any other score far from what the values imply is W12.)
 */
final class W11FullScoreTargetMissed {

    private W11FullScoreTargetMissed() {
    }

    static List<Finding> check(Project p) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            if (applies(i)) {
                out.add(Finding.at(Rule.FULL_SCORE_TARGET_MISSED, i.source(), "得分",
                        "实际完成值「" + i.actual().raw() + "」未达到指标值「" + i.target().raw() + "」，却得满分 " + Money.formatScore(i.weight())
                                + "（三级指标「" + i.level3() + "」）"));
            }
        }
        return out;
    }

    /** Whether the indicator is scored, with a positive 分值 and an 实际完成值 to weigh the score against. */
    static boolean scored(Indicator i) {
        return i.weight() != null && i.score() != null && i.weight().signum() > 0 && i.actual() != null;
    }

    /** Whether target and actual are numbers in the same unit (or one has none), so one can be held against the other. */
    static boolean comparable(Indicator i) {
        TargetValue target = i.target();
        TargetValue actual = i.actual();
        return target.isQuantitative() && actual.isQuantitative()
                && (!target.hasUnit() || !actual.hasUnit() || target.unit().equals(actual.unit()));
    }

    /** Whether the indicator missed its target and still has its full score. */
    static boolean applies(Indicator i) {
        return scored(i) && comparable(i) && !met(i) && i.score().compareTo(i.weight()) >= 0;
    }

    static boolean met(Indicator i) {
        return i.target().operator().isMet(i.actual().number(), i.target().number());
    }
}
