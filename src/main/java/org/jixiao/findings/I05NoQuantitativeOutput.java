package org.jixiao.findings;

import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.jixiao.filing.Text;

/** I05 没有定量的产出指标 (提示): a project with indicators, none of them a quantitative 产出指标. */
final class I05NoQuantitativeOutput {

    private I05NoQuantitativeOutput() {
    }

    static List<Finding> check(Project p) {
        if (p.indicators().isEmpty()) {
            return List.of();
        }
        for (Indicator i : p.indicators()) {
            if ("产出指标".equals(Text.squeeze(i.level1())) && i.target().isQuantitative()) {
                return List.of();
            }
        }
        return List.of(Finding.at(Rule.NO_QUANTITATIVE_OUTPUT, p.source(), "一级指标", "产出指标中没有可衡量的定量指标（如 ≥2.00(次)），建议至少设置一项"));
    }
}
