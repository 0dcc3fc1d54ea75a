package org.jixiao.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * on the run's threads: each is its own file.
 */
class RenderSummariesTasklet implements Tasklet {

    private final RunStore runs;
    private final Reports reports;
    private final SummaryCache summaries;
    private final int threads;

    RenderSummariesTasklet(RunStore runs, Reports reports, SummaryCache summaries, int threads) {
        this.runs = runs;
        this.reports = reports;
        this.summaries = summaries;
        this.threads = threads;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        List<SideBySide.Task> tasks = new ArrayList<>();
        for (YearSummary y : summaries.of(run.runId()).values()) {
            tasks.add(() -> editing(run).overall(y.year(), reports.overallSummary(y, run.runDate()),
                    y.year() + "年度汇总表（全部地区）"));
            Set<String> regions = new LinkedHashSet<>();
            y.targetsByDepartment().keySet().stream().map(Department::region).forEach(regions::add);
            y.selfByDepartment().keySet().stream().map(Department::region).forEach(regions::add);
            for (String region : regions) {
                tasks.add(() -> editing(run).region(y.year(), region, reports.regionSummary(y, region, run.runDate()),
                        region + " " + y.year() + "年度汇总表"));
            }
        }
        SideBySide.run(threads, "summaries", tasks);
        return RepeatStatus.FINISHED;
    }

    private Editing editing(RunParameters run) {
        return new Editing(new Publications(new OutputFolder(run.output()), runs, run.runId()), new PartFolder(run.output()),
                new Editions(reports), run);
    }
}
