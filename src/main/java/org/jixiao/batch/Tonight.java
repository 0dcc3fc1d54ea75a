package org.jixiao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.filing.Departments;
import org.jixiao.findings.Finding;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.findings.TargetsCheck;
import org.jixiao.render.Consolidation;
import org.jixiao.roster.StatusLine;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RosterStore;
import org.jixiao.store.RunStore;
import org.jixiao.store.StatusStore;
import org.jixiao.summary.Department;
import org.jixiao.summary.YearOverYear;
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
    private final StatusStore status;
    private final FindingStore findingStore;
    private long runId = -1;
    /** The night {@link #findings} were read for: they need none of what {@link #load} reads. */
    private long findingsRunId = -1;
    private List<Finding> findings;
    private List<StatusLine> statusLines;
    private List<TargetAgreementTable.Line> agreement;
    private final Map<Integer, Consolidation> consolidations = new HashMap<>();
    private Map<Integer, YearSummary> years;
    /** Held while the year summaries are summed; taken before this object's lock, never inside it. */
    private final Object summing = new Object();
    private Map<Department, List<ProjectStore.Seen>> seen;
    /** Tonight's projects by 年度 and department key (any 地区): what a 汇总表 of the next 年度 compares with. */
    private Map<String, List<ProjectStore.Seen>> byYearAndKey;
    /** The agreement lines by 年度, 地区 and department key. */
    private Map<String, TargetsCheck.Agreement> agreementByDepartment;
    private List<ProjectStore.Seen> all;
    private Map<Integer, YearPlan> plans;
    private Map<String, RunStore.Output> earlier;

    Tonight(ProjectStore projects, RunStore runs, RosterStore rosters, StatusStore status, FindingStore findingStore) {
        this.projects = projects;
        this.runs = runs;
        this.rosters = rosters;
        this.status = status;
        this.findingStore = findingStore;
    }

    /** The night's findings, in the 问题清单's order: read once for the 问题清单, its counts and the manifest. */
    synchronized List<Finding> findings(long run) {
        if (findingsRunId != run) {
            findings = findingStore.ofNight(run);
            findingsRunId = run;
        }
        return findings;
    }

    /** The night's 报送情况, in report order, as the consolidation recorded it. */
    synchronized List<StatusLine> status(long run) {
        load(run);
        if (statusLines == null) {
            statusLines = status.status(run);
        }
        return statusLines;
    }

    /** Per 年度 and department with 自评, how they stand against their targets, as the consolidation recorded it. */
    synchronized List<TargetAgreementTable.Line> agreement(long run) {
        load(run);
        if (agreement == null) {
            agreement = status.agreement(run);
        }
        return agreement;
    }

    /** The roster's file name as the 报送情况表 names it, null when the night had none. */
    String roster(long run) {
        return rosters.of(run).map(f -> java.nio.file.Path.of(f.path()).getFileName().toString()).orElse(null);
    }

    /**
     * The department's projects of the 年度 before (both kinds, any 地区: a department is the same across years
     * by its name as the contract compares names), in report order: what its 汇总表 shows beside this year.
     */
    synchronized List<ProjectStore.Seen> seenYearBefore(long run, Department d) {
        load(run);
        return byYearAndKey.getOrDefault(yearAndKey(d.year() - 1, "", d.name()), List.of());
    }

    private static String yearAndKey(int year, String region, String department) {
        return year + "\u001F" + region + "\u001F" + Departments.key(department);
    }

    /** A department's 自评 against its targets, as its 汇总表 prints it (none checked: {@link TargetsCheck.Agreement#NONE}). */
    synchronized TargetsCheck.Agreement consolidationAgreement(long run, Department d) {
        load(run);
        if (agreementByDepartment == null) {
            agreementByDepartment = new HashMap<>();
            for (TargetAgreementTable.Line l : agreement(run)) {
                agreementByDepartment.putIfAbsent(yearAndKey(l.year(), l.region(), l.department()), l.agreement());
            }
        }
        return agreementByDepartment.getOrDefault(yearAndKey(d.year(), d.region(), d.name()), TargetsCheck.Agreement.NONE);
    }

    /**
     * What this year is compared with in a 汇总表 of the 年度 (issue 17): each kind's comparison when both years
     * publish it, and the 自评 against their targets. {@link Consolidation#NONE}'s parts where there is nothing.
     */
    Consolidation consolidation(long run, int year) {
        // summed first, outside this object's lock (see years)
        Map<Integer, YearSummary> sums = years(run);
        synchronized (this) {
            load(run);
            return consolidations.computeIfAbsent(year, y -> consolidate(run, y, sums));
        }
    }

    private Consolidation consolidate(long run, int year, Map<Integer, YearSummary> sums) {
        Map<Integer, YearPlan> plans = plans(run);
        List<TargetAgreementTable.Line> agreed = agreement(run).stream().filter(l -> l.year() == year).toList();
        if (!plans.containsKey(year) || !plans.containsKey(year - 1)) {
            return new Consolidation(null, null, agreed);
        }
        YearSummary now = sums.get(year);
        YearSummary before = sums.get(year - 1);
        return new Consolidation(now.hasTargets() && before.hasTargets() ? YearOverYear.targets(now, before) : null,
                now.hasSelfEvaluations() && before.hasSelfEvaluations() ? YearOverYear.selfEvaluations(now, before) : null, agreed);
    }

    /** The night's order of departments within a 地区: its roster's when it has one (recorded by the consolidation), else by name. */
    Comparator<Department> order(long run) {
        return Department.reportOrder(rosters.departments(run));
    }

    /**
     * The year summaries, summed when first asked for: a night that makes no table, 汇总表 or 公开版 again never
     * sums the city up. Summing reads every project of the night (seconds on a cold JVM), so it holds a lock of
     * its own, not this object's: the render, beside the tables that sum first, goes on asking for what it needs.
     */
    Map<Integer, YearSummary> years(long run) {
        synchronized (summing) {
            Map<Integer, YearSummary> sums;
            synchronized (this) {
                load(run);
                sums = years;
            }
            if (sums == null) {
                sums = PublishTablesTasklet.summarise(projects, run, order(run));
                synchronized (this) {
                    if (runId == run) {
                        years = sums;
                    }
                }
            }
            return sums;
        }
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
        statusLines = null;
        agreement = null;
        agreementByDepartment = null;
        consolidations.clear();
        seen = new HashMap<>();
        byYearAndKey = new HashMap<>();
        all = projects.seen(run);
        for (ProjectStore.Seen s : all) {
            seen.computeIfAbsent(new Department(s.year(), s.region(), s.department()), d -> new ArrayList<>()).add(s);
            byYearAndKey.computeIfAbsent(yearAndKey(s.year(), "", s.department()), k -> new ArrayList<>()).add(s);
        }
        plans = YearPlan.of(all);
        earlier = new LinkedHashMap<>();
        for (RunStore.Output o : runs.earlierOutputs(run)) {
            earlier.put(o.path(), o);
        }
        runId = run;
    }
}
