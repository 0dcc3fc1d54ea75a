package org.jixiao.findings;

import java.util.List;
import org.jixiao.filing.Project;

/**
 * I10 自评项目没有对应的申报表 (提示): a 自评 project with no 申报表 of its 年度 (by 项目编码, else 项目名称)
 * while its department filed targets that year; when it filed none, the store simply does not hold
 * them and nothing is said per project. Planted by the generator as {@code PairMismatch.NO_TARGETS}.
 */
final class I10NoTargetsOnRecord {

    private I10NoTargetsOnRecord() {
    }

    /** @param targets the department's 申报表 projects of the 年度, none of them the 自评's */
    static List<Finding> check(Project self, List<Project> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.at(Rule.NO_TARGETS_ON_RECORD, self.source(), "项目名称", "本部门报送了" + self.year()
                + "年度的绩效目标，但其中没有与本项目对应的申报表（按项目编码或项目名称对照），自评无法与目标核对"));
    }
}
