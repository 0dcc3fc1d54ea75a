package org.jixiao.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Indicator;
import org.jixiao.filing.Project;
import org.jixiao.filing.Text;

/** I06 三级指标重复 (提示): a 三级指标 filed twice in one project, named at its second row with the first's. */
final class I06RepeatedIndicator {

    private I06RepeatedIndicator() {
    }

    static List<Finding> check(Project p) {
        Map<String, Indicator> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            String level3 = Text.squeeze(i.level3());
            if (level3.isEmpty()) {
                continue;
            }
            Indicator earlier = seen.putIfAbsent(level3, i);
            if (earlier != null) {
                out.add(Finding.at(Rule.REPEATED_INDICATOR, i.source(), "三级指标", "三级指标「" + i.level3() + "」与第" + earlier.source().row() + "行重复"));
            }
        }
        return out;
    }
}
