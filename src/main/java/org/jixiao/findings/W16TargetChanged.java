package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.TargetValue;
import org.jixiao.filing.Text;

/**
 * W16 自评的指标值与申报的不同 (问题): a 自评's 年度指标值 that is not the 指标值 its 申报表 declared for the
 * same indicator ({@link IndicatorPairs}). Values are compared as the contract reads them
 * ({@link TargetValue}): the same operator, number and unit — {@code ≥95%} and {@code >=95.00(%)} agree —
 * or, for qualitative text, the same words after the contract's normalisation. Planted by the
 * generator as {@code PairMismatch.CHANGED}.
 */
final class W16TargetChanged {

    private W16TargetChanged() {
    }

    static List<Finding> check(IndicatorPairs paired) {
        List<Finding> out = new ArrayList<>();
        for (Indicator[] p : paired.pairs()) {
            if (!sameValue(p[0].target(), p[1].target())) {
                out.add(Finding.at(Rule.TARGET_CHANGED, p[1].source(), "年度指标值", "三级指标「" + p[1].level3() + "」的年度指标值「"
                        + IndicatorPairs.raw(p[1].target()) + "」与申报表的指标值「" + IndicatorPairs.raw(p[0].target()) + "」不同（申报表见 "
                        + p[0].source().describe() + "）"));
            }
        }
        return out;
    }

    /** The same target as the contract reads it: operator, number and unit, or the same qualitative words. */
    static boolean sameValue(TargetValue declared, TargetValue evaluated) {
        if (declared.isQuantitative() != evaluated.isQuantitative()) {
            return false;
        }
        if (!declared.isQuantitative()) {
            return Text.squeeze(declared.raw()).equals(Text.squeeze(evaluated.raw()));
        }
        return declared.operator() == evaluated.operator() && declared.number().compareTo(evaluated.number()) == 0
                && Objects.equals(Text.squeeze(declared.unit()), Text.squeeze(evaluated.unit()));
    }
}
