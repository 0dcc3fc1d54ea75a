package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * once as a part kept for the book, and publishes the PDFs bound from them and its disclosure edition —
 * each group only when what it is made from changed since it was last written (its fingerprint), else
 * the files are kept as they are. A pure function of the department's filings, so departments render
 * on any thread, in any order, on any night, to the same bytes.
 *
 * <p>The disclosure edition of a department some of whose targets were rejected is held back: a public
 * document must not understate a department. It is published once the filing has no 错误; --draft
 * renders it anyway, watermarked, for review.
 */
class DepartmentRenderer implements ItemProcessor<Department, Department> {

    static final String TARGETS_PDF = "绩效目标申报表.pdf";
    static final String SELF_PDF = "绩效自评表.pdf";
    static final String SUMMARY_PDF = "汇总表.pdf";

    private final ProjectStore projects;
    private final FindingStore findings;
    private final RunStore runs;
    private final Reports reports;
    private final Tonight tonight;
    private final Fingerprints fingerprints;
    private final RunParameters run;
    private final Editing editing;

    DepartmentRenderer(ProjectStore projects, FindingStore findings, RunStore runs, Reports reports, Tonight tonight,
            Fingerprints fingerprints, RunParameters run) {
        this.projects = projects;
        this.findings = findings;
        this.runs = runs;
        this.reports = reports;
        this.tonight = tonight;
        this.fingerprints = fingerprints;
        this.run = run;
        this.editing = new Editing(new Publications(new OutputFolder(run.output()), runs, run.runId(), tonight.earlier(run.runId()))
                .deferringKept(), new PartFolder(run.output()), new Editions(reports), run);
    }

    /** Records the files of the departments kept since the last call: the chunk's writer calls it, in the chunk's transaction. */
    public void recordKept() {
        editing.publications().recordKept();
    }

    /** Returns the department; whether it was rendered or kept, the records of its files say. */
    @Override
    public Department process(Department d) throws IOException {
        List<ProjectStore.Seen> seen = tonight.seen(run.runId(), d);
        boolean draft = run.printing().draft();
        if (has(seen, Kind.TARGETS)) {
            targets(d, seen, draft);
        }
        if (has(seen, Kind.SELF_EVALUATION)) {
            String fingerprint = fingerprints.selfEvaluations(d, seen, draft);
            if (!editing.publications().keep(editing.departmentFiles(d, SELF_PDF), fingerprint)) {
                String title = d.name() + " " + d.year() + "年度绩效自评表";
                List<SelfForm> forms = projects.currentOf(run.runId(), Kind.SELF_EVALUATION, d.year(), d.region(), d.name()).stream()
                        .map(sp -> new SelfForm(sp.project(), sp.evaluation(), findings.ofProject(sp.id()))).toList();
                editing.department(d, SELF_PDF, "self-evaluation-pdf", reports.selfEvaluationForms(forms, title, Reports.CONTENT_DATE),
                        title, fingerprint);
            }
        }
        String fingerprint = summaryFingerprint(fingerprints, tonight, run.runId(), d, draft);
        if (!editing.publications().keep(editing.departmentFiles(d, SUMMARY_PDF), fingerprint)) {
            YearSummary year = tonight.years(run.runId()).get(d.year());
            String title = d.name() + " " + d.year() + "年度汇总表";
            editing.department(d, SUMMARY_PDF, "summary-department-pdf",
                    reports.departmentSummary(year, d, tonight.consolidation(run.runId(), d.year())), title, fingerprint);
        }
        return d;
    }

    private void targets(Department d, List<ProjectStore.Seen> seen, boolean draft) throws IOException {
        long rejected = seen.stream().filter(s -> s.kind() == Kind.TARGETS && !s.published()).count();
        boolean held = rejected > 0 && !draft;
        String fingerprint = fingerprints.targets(d, seen, draft, held);
        List<Path> files = new ArrayList<>(editing.departmentFiles(d, TARGETS_PDF));
        if (!held) {
            files.addAll(editing.disclosureFiles(d));
        }
        if (!editing.publications().keep(files, fingerprint)) {
            String title = d.name() + " " + d.year() + "年度绩效目标申报表";
            List<Project> forms = projects.currentOf(run.runId(), Kind.TARGETS, d.year(), d.region(), d.name()).stream()
                    .map(StoredProject::project).toList();
            Rendered part = reports.targetForms(forms, title, Reports.CONTENT_DATE);
            editing.department(d, TARGETS_PDF, "targets-pdf", part, title, fingerprint);
            if (!held) {
                editing.disclosure(d, tonight.years(run.runId()).get(d.year()), part, fingerprint);
            }
        }
        if (held) {
            String reason = "本部门有" + rejected + "个绩效目标项目因填报错误被拒收，公开版暂不发布，以免少报本部门的项目和资金；"
                    + "更正后下次运行即发布（加 --draft 运行可生成带“征求意见稿”水印的审阅版）";
            for (Path p : editing.disclosureFiles(d)) {
                runs.recordHeld(run.runId(), new RunStore.Held(editing.publications().relative(p), p.toString().endsWith(".pdf")
                        ? "disclosure-pdf" : "disclosure-csv", d.year(), d.region(), d.name(), reason));
            }
        }
    }

    /**
     * What a department's 汇总表 is made from: its projects, and what issue 17 prints beside them — its projects
     * of the 年度 before, whether that 年度 has each kind, and its 自评 against its targets.
     */
    static String summaryFingerprint(Fingerprints fingerprints, Tonight tonight, long runId, Department d, boolean draft) {
        YearPlan before = tonight.plans(runId).get(d.year() - 1);
        org.jixiao.findings.TargetsCheck.Agreement agreement = tonight.consolidationAgreement(runId, d);
        return fingerprints.summary(d, tonight.seen(runId, d), tonight.seenYearBefore(runId, d), before != null && !before.targets().isEmpty(),
                before != null && !before.selfs().isEmpty(), agreement, draft);
    }

    private static boolean has(List<ProjectStore.Seen> seen, Kind kind) {
        return seen.stream().anyMatch(s -> s.kind() == kind && s.published());
    }
}
