package org.jixiao.findings;

import java.util.List;
import org.jixiao.filing.Project;

/** W04 计划完成日期早于计划开始日期 (问题): a 申报表 planned to end before it starts. */
final class W04DatesReversed {

    private W04DatesReversed() {
    }

    static List<Finding> check(Project p) {
        if (p.start() == null || p.end() == null || !p.end().isBefore(p.start())) {
            return List.of();
        }
        return List.of(Finding.at(Rule.DATES_REVERSED, p.source(), "计划完成日期", "计划完成日期 " + p.end() + " 早于计划开始日期 " + p.start()));
    }
}
