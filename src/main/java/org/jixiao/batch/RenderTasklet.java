package org.jixiao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.output.OutputFolder;
import org.jixiao.render.Editions;
import org.jixiao.render.Rendered;
import org.jixiao.render.Reports;
import org.jixiao.render.SelfForm;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RunStore;
import org.jixiao.store.StoredProject;
import org.jixiao.summary.Department;
import org.jixiao.summary.YearSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders every form and 汇总表 once, as a part without page numbers (kept for the book step in
 * {@link PartFolder}), and publishes from it: per department its 绩效目标申报表, 绩效自评表 and 汇总表 and
 * its disclosure edition, then each 地区's and the overall 汇总表. Projects stream department by
 * department, so a city is never held in memory. Re-running it rewrites the same files.
 */
class RenderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderTasklet.class);
    static final String TARGETS_PDF = "绩效目标申报表.pdf";
    static final String SELF_PDF = "绩效自评表.pdf";
    static final String SUMMARY_PDF = "汇总表.pdf";

    private final ProjectStore projects;
    private final FindingStore findings;
    private final RunStore runs;
    private final Reports reports;

    RenderTasklet(ProjectStore projects, FindingStore findings, RunStore runs, Reports reports) {
        this.projects = projects;
        this.findings = findings;
        this.runs = runs;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Publications out = new Publications(new OutputFolder(run.output()), runs, run.runId());
        PartFolder parts = new PartFolder(run.output());
        parts.clear();
        Editing editing = new Editing(out, parts, new Editions(reports), run);
        Map<Integer, YearSummary> years = PublishTablesTasklet.summarise(projects);
        long started = System.nanoTime();
        byDepartment(Kind.TARGETS, (d, batch) -> {
            List<Project> forms = batch.stream().map(StoredProject::project).toList();
            Rendered part = reports.targetForms(forms, d.name() + " " + d.year() + "年度绩效目标申报表", run.runDate());
            editing.department(d, TARGETS_PDF, "targets-pdf", part, d.name() + " " + d.year() + "年度绩效目标申报表");
            editing.disclosure(d, years.get(d.year()), part);
        });
        byDepartment(Kind.SELF_EVALUATION, (d, batch) -> {
            List<SelfForm> forms = batch.stream()
                    .map(sp -> new SelfForm(sp.project(), sp.evaluation(), findings.ofProject(sp.id()))).toList();
            Rendered part = reports.selfEvaluationForms(forms, d.name() + " " + d.year() + "年度绩效自评表", run.runDate());
            editing.department(d, SELF_PDF, "self-evaluation-pdf", part, d.name() + " " + d.year() + "年度绩效自评表");
        });
        for (YearSummary y : years.values()) {
            summaries(editing, y, run);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double filling = Math.max(seconds - reports.templates().compileSeconds(), 0.001);
        log.info("PDF {} 个，共 {} 页，用时 {} 秒，不含编译 {} 页/秒（{}；模板：{}）", editing.files(), editing.pages(),
                String.format("%.1f", seconds), String.format("%.0f", editing.pages() / filling),
                reports.templates().compileStatistics(), reports.templates().source());
        return RepeatStatus.FINISHED;
    }

    private void summaries(Editing editing, YearSummary y, RunParameters run) throws IOException {
        Set<Department> departments = new LinkedHashSet<>(y.targetsByDepartment().keySet());
        departments.addAll(y.selfByDepartment().keySet());
        Set<String> regions = new LinkedHashSet<>();
        for (Department d : departments) {
            regions.add(d.region());
            String title = d.name() + " " + y.year() + "年度汇总表";
            editing.department(d, SUMMARY_PDF, "summary-department-pdf", reports.departmentSummary(y, d, run.runDate()), title);
        }
        for (String region : regions) {
            editing.region(y.year(), region, reports.regionSummary(y, region, run.runDate()), region + " " + y.year() + "年度汇总表");
        }
        editing.overall(y.year(), reports.overallSummary(y, run.runDate()), y.year() + "年度汇总表（全部地区）");
    }

    /** Renders one department's current projects of a kind at a time, in report order. */
    private void byDepartment(Kind kind, DepartmentAction action) {
        List<StoredProject> batch = new ArrayList<>();
        Department[] current = {null};
        projects.forEachCurrent(kind, sp -> {
            Project p = sp.project();
            Department d = new Department(p.year(), p.region(), p.department());
            if (!Objects.equals(d, current[0]) && !batch.isEmpty()) {
                flush(action, current[0], batch);
            }
            current[0] = d;
            batch.add(sp);
        });
        if (!batch.isEmpty()) {
            flush(action, current[0], batch);
        }
    }

    private static void flush(DepartmentAction action, Department d, List<StoredProject> batch) {
        try {
            action.render(d, List.copyOf(batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    @FunctionalInterface
    private interface DepartmentAction {
        void render(Department department, List<StoredProject> projects) throws IOException;
    }
}
