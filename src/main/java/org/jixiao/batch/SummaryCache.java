package org.jixiao.batch;

import java.util.Map;
import org.jixiao.store.ProjectStore;
import org.jixiao.summary.YearSummary;
import org.springframework.stereotype.Component;

/**
 * The year summaries of a run, summed once and shared by the render threads (department 汇总表 and
 * disclosure editions need their department's totals; 地区 and overall 汇总表 need all of them).
 * Read-only once made.
 */
@Component
class SummaryCache {

    private final ProjectStore projects;
    private long runId = -1;
    private Map<Integer, YearSummary> years;

    SummaryCache(ProjectStore projects) {
        this.projects = projects;
    }

    synchronized Map<Integer, YearSummary> of(long run) {
        if (years == null || runId != run) {
            years = PublishTablesTasklet.summarise(projects);
            runId = run;
        }
        return years;
    }
}
