package org.jixiao.findings;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.jixiao.filing.Text;

/**
 * I01 指标层级不规范 (提示): a 一级指标 outside the standard hierarchy, or a 二级指标 that does not belong
 * to its 一级 ({@link Hierarchy}, filings.md §4), compared after the contract's normalisation.
 */
final class I01Hierarchy {

    private I01Hierarchy() {
    }

    static List<Finding> check(Project p) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            if (Text.isBlank(i.level1())) {
                continue;
            }
            if (!Hierarchy.isLevelOne(i.level1())) {
                out.add(Finding.at(Rule.HIERARCHY, i.source(), "一级指标",
                        "一级指标「" + i.level1() + "」不在标准层级中（成本指标、产出指标、效益指标、满意度指标）"));
            } else if (!Text.isBlank(i.level2()) && !Hierarchy.belongs(i.level1(), i.level2())) {
                out.add(Finding.at(Rule.HIERARCHY, i.source(), "二级指标",
                        "二级指标「" + i.level2() + "」不属于一级指标「" + i.level1() + "」，标准为："
                                + String.join("、", Hierarchy.standard().get(Text.squeeze(i.level1())).stream().sorted().toList())));
            }
        }
        return out;
    }
}
