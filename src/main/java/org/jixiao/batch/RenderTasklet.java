package org.jixiao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Project;
import org.jixiao.output.OutputFolder;
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
 * Renders the PDFs: per department its 绩效目标申报表 and 绩效自评表 (all its projects in one fill) and its
 * 汇总表, then each 地区's and the overall 汇总表. Projects stream department by department, so a city
 * is never held in memory; each PDF is rendered to bytes, then written atomically and recorded with
 * its page count. Re-running it rewrites the same files.
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
        long started = System.nanoTime();
        Counter count = new Counter();
        byDepartment(Kind.TARGETS, (d, batch) -> {
            List<Project> forms = batch.stream().map(StoredProject::project).toList();
            count.add(write(out, d, TARGETS_PDF, "targets-pdf", reports.targetForms(forms, d.name() + " " + d.year()
                    + "年度绩效目标申报表", run.runDate())));
        });
        byDepartment(Kind.SELF_EVALUATION, (d, batch) -> {
            List<SelfForm> forms = batch.stream()
                    .map(sp -> new SelfForm(sp.project(), sp.evaluation(), findings.ofProject(sp.id()))).toList();
            count.add(write(out, d, SELF_PDF, "self-evaluation-pdf", reports.selfEvaluationForms(forms, d.name() + " "
                    + d.year() + "年度绩效自评表", run.runDate())));
        });
        for (YearSummary y : PublishTablesTasklet.summarise(projects).values()) {
            summaries(out, y, run, count);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double filling = Math.max(seconds - reports.templates().compileSeconds(), 0.001);
        log.info("PDF {} 个，共 {} 页，用时 {} 秒，不含编译 {} 页/秒（{}；模板：{}）", count.files, count.pages,
                String.format("%.1f", seconds), String.format("%.0f", count.pages / filling),
                reports.templates().compileStatistics(), reports.templates().source());
        return RepeatStatus.FINISHED;
    }

    private void summaries(Publications out, YearSummary y, RunParameters run, Counter count) throws IOException {
        Set<Department> departments = new LinkedHashSet<>(y.targetsByDepartment().keySet());
        departments.addAll(y.selfByDepartment().keySet());
        Set<String> regions = new LinkedHashSet<>();
        for (Department d : departments) {
            regions.add(d.region());
            count.add(write(out, d, SUMMARY_PDF, "summary-department-pdf", reports.departmentSummary(y, d, run.runDate())));
        }
        String year = Integer.toString(y.year());
        for (String region : regions) {
            Path target = out.folder().resolve(year, region, "汇总表-" + region + ".pdf");
            count.add(write(out, target, "summary-region-pdf", y.year(), region, null, reports.regionSummary(y, region, run.runDate())));
        }
        Path target = out.folder().resolve(year, "汇总表-全部.pdf");
        count.add(write(out, target, "summary-overall-pdf", y.year(), null, null, reports.overallSummary(y, run.runDate())));
    }

    private static Rendered write(Publications out, Department d, String file, String kind, Rendered pdf) throws IOException {
        Path target = out.folder().resolve(Integer.toString(d.year()), d.region(), d.name(), file);
        return write(out, target, kind, d.year(), d.region(), d.name(), pdf);
    }

    private static Rendered write(Publications out, Path target, String kind, int year, String region, String department,
            Rendered pdf) throws IOException {
        out.write(target, kind, year, region, department, pdf.pages(), o -> o.write(pdf.pdf()));
        return pdf;
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

    private static final class Counter {
        int files;
        int pages;

        void add(Rendered r) {
            files++;
            pages += r.pages();
        }
    }
}
