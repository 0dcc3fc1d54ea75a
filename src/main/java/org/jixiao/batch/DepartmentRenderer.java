package org.jixiao.batch;

import java.io.IOException;
import java.util.List;
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
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders one department: its 申报表 and 自评表 (all its projects in one fill each) and its 汇总表, each
 * once as a part kept for the book, and publishes the PDFs bound from them and its disclosure edition.
 * A pure function of the department and the run's figures, so departments render on any thread, in
 * any order, to the same bytes.
 */
class DepartmentRenderer implements ItemProcessor<Department, Integer> {

    static final String TARGETS_PDF = "绩效目标申报表.pdf";
    static final String SELF_PDF = "绩效自评表.pdf";
    static final String SUMMARY_PDF = "汇总表.pdf";

    private final ProjectStore projects;
    private final FindingStore findings;
    private final Reports reports;
    private final SummaryCache summaries;
    private final Editing editing;
    private final RunParameters run;

    DepartmentRenderer(ProjectStore projects, FindingStore findings, RunStore runs, Reports reports, SummaryCache summaries,
            RunParameters run) {
        this.projects = projects;
        this.findings = findings;
        this.reports = reports;
        this.summaries = summaries;
        this.run = run;
        this.editing = new Editing(new Publications(new OutputFolder(run.output()), runs, run.runId()), new PartFolder(run.output()),
                new Editions(reports), run);
    }

    @Override
    public Integer process(Department d) throws IOException {
        YearSummary year = summaries.of(run.runId()).get(d.year());
        int before = editing.pages();
        List<StoredProject> targets = projects.currentOf(Kind.TARGETS, d.year(), d.region(), d.name());
        if (!targets.isEmpty()) {
            String title = d.name() + " " + d.year() + "年度绩效目标申报表";
            List<Project> forms = targets.stream().map(StoredProject::project).toList();
            Rendered part = reports.targetForms(forms, title, run.runDate());
            editing.department(d, TARGETS_PDF, "targets-pdf", part, title);
            editing.disclosure(d, year, part);
        }
        List<StoredProject> selfs = projects.currentOf(Kind.SELF_EVALUATION, d.year(), d.region(), d.name());
        if (!selfs.isEmpty()) {
            String title = d.name() + " " + d.year() + "年度绩效自评表";
            List<SelfForm> forms = selfs.stream().map(sp -> new SelfForm(sp.project(), sp.evaluation(), findings.ofProject(sp.id())))
                    .toList();
            editing.department(d, SELF_PDF, "self-evaluation-pdf", reports.selfEvaluationForms(forms, title, run.runDate()), title);
        }
        String title = d.name() + " " + d.year() + "年度汇总表";
        editing.department(d, SUMMARY_PDF, "summary-department-pdf", reports.departmentSummary(year, d, run.runDate()), title);
        return editing.pages() - before;
    }
}
