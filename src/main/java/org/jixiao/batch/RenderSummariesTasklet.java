package org.jixiao.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.output.OutputFolder;
import org.jixiao.render.Editions;
import org.jixiao.render.Reports;
import org.jixiao.roster.StatusLine;
import org.jixiao.store.RunStore;
import org.jixiao.summary.Department;
import org.jixiao.summary.YearSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders each 地区's and each year's overall 汇总表 (with charts; this year beside last when the store holds
 * the year before), and each 年度's 报送情况表 (of all 地区 and per 地区), after the departments, side by side on
 * the run's threads: each is its own file. One whose departments, run date and template are as when it was
 * last written is kept.
 */
class RenderSummariesTasklet implements Tasklet {

    private final RunStore runs;
    private final Reports reports;
    private final Tonight tonight;
    private final Fingerprints fingerprints;
    private final int threads;

    RenderSummariesTasklet(RunStore runs, Reports reports, Tonight tonight, Fingerprints fingerprints, int threads) {
        this.runs = runs;
        this.reports = reports;
        this.tonight = tonight;
        this.fingerprints = fingerprints;
        this.threads = threads;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Editing editing = new Editing(new Publications(new OutputFolder(run.output()), runs, run.runId(), tonight.earlier(run.runId())),
                new PartFolder(run.output()), new Editions(reports), run);
        boolean draft = run.printing().draft();
        List<SideBySide.Task> tasks = new ArrayList<>();
        long runId = run.runId();
        for (YearPlan y : tonight.plans(runId).values()) {
            Map<String, List<String>> byRegion = new LinkedHashMap<>();
            // in the night's order: a roster that reorders a 地区's departments changes its 汇总表's fingerprint
            for (Department d : BookPlan.departments(y)) {
                byRegion.computeIfAbsent(d.region(), r -> new ArrayList<>()).add(DepartmentRenderer.summaryFingerprint(fingerprints,
                        tonight, runId, d, draft));
            }
            // the year before and the 自评 checks: what the comparison and the 与目标一致 column print (issue 17)
            String yearBefore = fingerprints.yearBefore(tonight.seenIn(runId, y.year() - 1),
                    tonight.agreement(runId).stream().filter(l -> l.year() == y.year()).toList());
            byRegion.values().forEach(departments -> departments.add(yearBefore));
            List<String> all = new ArrayList<>();
            byRegion.forEach((region, departments) -> all.add(
                    fingerprints.aggregate("region", y.year(), region, departments, run.runDate(), draft)));
            String overall = fingerprints.aggregate("overall", y.year(), null, all, run.runDate(), draft);
            tasks.add(() -> {
                if (!editing.publications().keep(editing.overallFiles(y.year()), overall)) {
                    YearSummary sums = tonight.years(runId).get(y.year());
                    editing.overall(y.year(), reports.overallSummary(sums, tonight.consolidation(runId, y.year()), run.runDate()),
                            y.year() + "年度汇总表（全部地区）", overall);
                }
            });
            int i = 0;
            for (String region : byRegion.keySet()) {
                String fingerprint = all.get(i++);
                tasks.add(() -> {
                    if (!editing.publications().keep(editing.regionFiles(y.year(), region), fingerprint)) {
                        YearSummary sums = tonight.years(runId).get(y.year());
                        editing.region(y.year(), region, reports.regionSummary(sums, region, tonight.consolidation(runId, y.year()),
                                run.runDate()), region + " " + y.year() + "年度汇总表", fingerprint);
                    }
                });
            }
        }
        tasks.addAll(statusTasks(editing, run));
        SideBySide.run(threads, "summaries", tasks);
        return RepeatStatus.FINISHED;
    }

    /**
     * The 报送情况表 of every 年度 the night has 报送情况 for (a 年度 the roster lists while nobody filed yet
     * too), of all 地区 and of each 地区: the edition published on its own, and the part the books bind, each
     * kept while what it prints is unchanged.
     */
    private List<SideBySide.Task> statusTasks(Editing editing, RunParameters run) {
        long runId = run.runId();
        boolean draft = run.printing().draft();
        String roster = tonight.roster(runId);
        Map<Integer, List<StatusLine>> byYear = new TreeMap<>();
        tonight.status(runId).forEach(l -> byYear.computeIfAbsent(l.year(), y -> new ArrayList<>()).add(l));
        List<SideBySide.Task> tasks = new ArrayList<>();
        byYear.forEach((year, lines) -> {
            List<String> scopes = new ArrayList<>();
            scopes.add(null);
            lines.stream().map(StatusLine::region).distinct().forEach(scopes::add);
            List<StatusLine> plain = lines.stream().map(StatusLine::withoutHistory).toList();
            for (String region : scopes) {
                String title = Reports.statusTitle(year, region);
                String published = fingerprints.status(year, region, lines, roster, true, run.runDate(), draft);
                String part = fingerprints.status(year, region, plain, roster, false, run.runDate(), draft);
                tasks.add(() -> {
                    if (!editing.publications().keep(List.of(editing.statusPart(year, region)), part)) {
                        editing.statusPart(year, region, reports.submissionStatus(year, region, lines, roster, false, run.runDate()), part);
                    }
                    if (!editing.publications().keep(List.of(editing.statusTarget(year, region)), published)) {
                        editing.status(year, region, reports.submissionStatus(year, region, lines, roster, true, run.runDate()), title,
                                published);
                    }
                });
            }
        });
        return tasks;
    }
}
