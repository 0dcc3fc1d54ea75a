package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.filing.TargetValue;

/**
 * The values an indicator row states, each with the column it was filed in: a 申报表's 指标值; a 自评表's
 * 年度指标值 and 实际完成值. The rules that read values (I02, I03) look at each of them the same way.
 */
final class StatedValues {

    /** What a rule does with one value: adds its findings, if any, to {@code out}. */
    interface Check {
        void check(Indicator indicator, TargetValue value, String column, List<Finding> out);
    }

    private StatedValues() {
    }

    static List<Finding> each(Project p, Check check) {
        boolean self = p.kind() == Kind.SELF_EVALUATION;
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            check.check(i, i.target(), self ? "年度指标值" : "指标值", out);
            if (self) {
                check.check(i, i.actual(), "实际完成值", out);
            }
        }
        return out;
    }
}
