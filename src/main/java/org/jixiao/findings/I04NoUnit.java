package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;

/**
 * I04 定量指标值缺少单位 (提示): a quantitative 指标值 without a unit (次, 人, %). Asked of the target only: an
 * achieved value repeats the target's form.
 */
final class I04NoUnit {

    private I04NoUnit() {
    }

    static List<Finding> check(Project p) {
        String column = p.kind() == Kind.SELF_EVALUATION ? "年度指标值" : "指标值";
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            if (i.target() != null && i.target().isQuantitative() && !i.target().hasUnit()) {
                out.add(Finding.at(Rule.NO_UNIT, i.source(), column, column + "「" + i.target().raw() + "」是数值但没有单位（如 次、人、%），建议写明"));
            }
        }
        return out;
    }
}
