package org.jixiao.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.output.OutputFolder;
import org.jixiao.render.Editions;
import org.jixiao.render.Reports;
import org.jixiao.store.RunStore;
import org.jixiao.summary.Department;
import org.jixiao.summary.YearSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders each 地区's and each year's overall 汇总表 (with charts), after the departments, side by side
 * on the run's threads: each is its own file. One whose departments, run date and template are as
 * when it was last written is kept.
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
        for (YearPlan y : tonight.plans(run.runId()).values()) {
            Map<String, List<String>> byRegion = new LinkedHashMap<>();
            // in the night's order: a roster that reorders a 地区's departments changes its 汇总表's fingerprint
            for (Department d : BookPlan.departments(y)) {
                byRegion.computeIfAbsent(d.region(), r -> new ArrayList<>())
                        .add(fingerprints.summary(d, tonight.seen(run.runId(), d), draft));
            }
            List<String> all = new ArrayList<>();
            byRegion.forEach((region, departments) -> all.add(
                    fingerprints.aggregate("region", y.year(), region, departments, run.runDate(), draft)));
            String overall = fingerprints.aggregate("overall", y.year(), null, all, run.runDate(), draft);
            tasks.add(() -> {
                if (!editing.publications().keep(editing.overallFiles(y.year()), overall)) {
                    YearSummary sums = tonight.years(run.runId()).get(y.year());
                    editing.overall(y.year(), reports.overallSummary(sums, run.runDate()), y.year() + "年度汇总表（全部地区）", overall);
                }
            });
            int i = 0;
            for (String region : byRegion.keySet()) {
                String fingerprint = all.get(i++);
                tasks.add(() -> {
                    if (!editing.publications().keep(editing.regionFiles(y.year(), region), fingerprint)) {
                        YearSummary sums = tonight.years(run.runId()).get(y.year());
                        editing.region(y.year(), region, reports.regionSummary(sums, region, run.runDate()),
                                region + " " + y.year() + "年度汇总表", fingerprint);
                    }
                });
            }
        }
        SideBySide.run(threads, "summaries", tasks);
        return RepeatStatus.FINISHED;
    }
}
