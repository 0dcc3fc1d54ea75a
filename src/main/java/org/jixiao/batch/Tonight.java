package org.jixiao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RosterStore;
import org.jixiao.store.RunStore;
import org.jixiao.summary.Department;
import org.jixiao.summary.YearSummary;
import org.springframework.stereotype.Component;

/**
 * What the render threads of a night share, worked out once per run and read-only after: the year
 * summaries (a department's 汇总表 and disclosure edition need its totals; a 地区's and the overall
 * 汇总表 need all of them), each department's projects as seen tonight (to tell whether its reports
 * must be made again), and what earlier nights wrote in the output folder (to keep what still holds).
 */
@Component
class Tonight {

    private final ProjectStore projects;
    private final RunStore runs;
    private final RosterStore rosters;
    private long runId = -1;
    private Map<Integer, YearSummary> years;
    private Map<Department, List<ProjectStore.Seen>> seen;
    private Map<String, RunStore.Output> earlier;

    Tonight(ProjectStore projects, RunStore runs, RosterStore rosters) {
        this.projects = projects;
        this.runs = runs;
        this.rosters = rosters;
    }

    /** The night's order of departments within a 地区: its roster's when it has one (recorded by the consolidation), else by name. */
    Comparator<Department> order(long run) {
        return BookPlan.order(rosters.departments(run));
    }

    synchronized Map<Integer, YearSummary> years(long run) {
        load(run);
        return years;
    }

    /** A department's projects tonight (both kinds, rejected ones too), in report order. */
    synchronized List<ProjectStore.Seen> seen(long run, Department d) {
        load(run);
        return seen.getOrDefault(d, List.of());
    }

    /** The latest record of every file earlier nights wrote in this run's output folder, by path. */
    synchronized Map<String, RunStore.Output> earlier(long run) {
        load(run);
        return earlier;
    }

    private void load(long run) {
        if (runId == run) {
            return;
        }
        years = PublishTablesTasklet.summarise(projects, run);
        seen = new HashMap<>();
        for (ProjectStore.Seen s : projects.seen(run)) {
            seen.computeIfAbsent(new Department(s.year(), s.region(), s.department()), d -> new ArrayList<>()).add(s);
        }
        earlier = new LinkedHashMap<>();
        for (RunStore.Output o : runs.earlierOutputs(run)) {
            earlier.put(o.path(), o);
        }
        runId = run;
    }
}
