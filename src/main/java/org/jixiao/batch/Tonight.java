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
    private List<ProjectStore.Seen> all;
    private Map<Integer, YearPlan> plans;
    private Map<String, RunStore.Output> earlier;

    Tonight(ProjectStore projects, RunStore runs, RosterStore rosters) {
        this.projects = projects;
        this.runs = runs;
        this.rosters = rosters;
    }

    /** The night's order of departments within a 地区: its roster's when it has one (recorded by the consolidation), else by name. */
    Comparator<Department> order(long run) {
        return Department.reportOrder(rosters.departments(run));
    }

    /** The year summaries, summed when first asked for: a night that makes no table, 汇总表 or 公开版 again never sums the city up. */
    synchronized Map<Integer, YearSummary> years(long run) {
        load(run);
        if (years == null) {
            years = PublishTablesTasklet.summarise(projects, run, order(run));
        }
        return years;
    }

    /** Every 年度 of the night and its departments, from the night's projects alone. */
    synchronized Map<Integer, YearPlan> plans(long run) {
        load(run);
        return plans;
    }

    /** A department's projects tonight (both kinds, rejected ones too), in report order. */
    synchronized List<ProjectStore.Seen> seen(long run, Department d) {
        load(run);
        return seen.getOrDefault(d, List.of());
    }

    /** Every project of a 年度 tonight (both kinds, rejected ones too), in report order. */
    synchronized List<ProjectStore.Seen> seenIn(long run, int year) {
        load(run);
        return all.stream().filter(s -> s.year() == year).toList();
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
        years = null;
        seen = new HashMap<>();
        all = projects.seen(run);
        for (ProjectStore.Seen s : all) {
            seen.computeIfAbsent(new Department(s.year(), s.region(), s.department()), d -> new ArrayList<>()).add(s);
        }
        plans = YearPlan.of(all);
        earlier = new LinkedHashMap<>();
        for (RunStore.Output o : runs.earlierOutputs(run)) {
            earlier.put(o.path(), o);
        }
        runId = run;
    }
}
