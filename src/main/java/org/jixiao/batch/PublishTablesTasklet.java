package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jixiao.filing.Kind;
import org.jixiao.findings.FindingsTable;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.output.CsvTables;
import org.jixiao.output.OutputFolder;
import org.jixiao.output.Table;
import org.jixiao.output.XlsxTables;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.StoredFacts;
import org.jixiao.store.RunStore;
import org.jixiao.store.StatusStore;
import org.jixiao.roster.StatusTable;
import org.jixiao.roster.SubmissionStatus;
import org.jixiao.summary.ComparisonTables;
import org.jixiao.summary.YearOverYear;
import org.jixiao.summary.Department;
import org.jixiao.summary.SummaryTables;
import org.jixiao.summary.YearSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes the open-data tables: per 年度 the 汇总表 as CSV files and one XLSX (汇总数据/) — with this year
 * against last, the 自评 against their targets and the 报送情况 — and the
 * findings of tonight's filings as 问题清单.csv and 问题清单.xlsx. They are cheap to make, so they are
 * made every night; a file that comes out the same bytes as the one in place is left untouched.
 */
class PublishTablesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTablesTasklet.class);
    static final String TABLES_FOLDER = "汇总数据";

    private final FindingStore findings;
    private final StatusStore status;
    private final RunStore runs;
    private final Tonight tonight;

    PublishTablesTasklet(FindingStore findings, StatusStore status, RunStore runs, Tonight tonight) {
        this.findings = findings;
        this.status = status;
        this.runs = runs;
        this.tonight = tonight;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Publications out = new Publications(new OutputFolder(run.output()), runs, run.runId(), tonight.earlier(run.runId()));
        Map<Integer, YearSummary> years = tonight.years(run.runId());
        SubmissionStatus.Report status = SubmissionStatus.Report.of(this.status.status(run.runId()));
        List<TargetAgreementTable.Line> agreement = this.status.agreement(run.runId());
        // a 年度 the roster lists while nobody filed for it yet has its 报送情况 and nothing else
        TreeSet<Integer> all = new TreeSet<>(years.keySet());
        status.lines().forEach(l -> all.add(l.year()));
        for (int year : all) {
            List<Table> tables = tables(years, year, status, agreement);
            String folder = Integer.toString(year);
            for (Table t : tables) {
                Path csv = out.folder().resolve(folder, TABLES_FOLDER, t.name() + ".csv");
                out.write(csv, "summary-csv", year, null, null, null, null, o -> CsvTables.writeTo(o, t));
            }
            Path xlsx = out.folder().resolve(folder, TABLES_FOLDER, "汇总数据-" + folder + ".xlsx");
            out.record(XlsxTables.write(out.folder(), xlsx, tables, run.runDate()), xlsx, "summary-xlsx", year, null, null, null,
                    null);
            YearSummary y = years.get(year);
            log.info("{}年度：绩效目标 {} 个项目，绩效自评 {} 个项目，汇总表已写入 {}", folder, y == null ? 0 : y.targets().projects(),
                    y == null ? 0 : y.selfEvaluations().projects(), out.folder().relative(xlsx.getParent()));
        }
        Table table = FindingsTable.of(findings.ofNight(run.runId())::forEach);
        out.write(out.folder().resolve(FindingsTable.NAME + ".csv"), "findings-csv", null, null, null, null, null,
                o -> CsvTables.writeTo(o, table));
        Path findingsXlsx = out.folder().resolve(FindingsTable.NAME + ".xlsx");
        out.record(XlsxTables.write(out.folder(), findingsXlsx, List.of(table), run.runDate()), findingsXlsx, "findings-xlsx", null, null,
                null, null, null);
        return RepeatStatus.FINISHED;
    }

    /**
     * A 年度's tables: its 汇总表 as tables; then, as issue 17 adds them (after, so the sheets before keep
     * their places), each kind against the 年度 before when both have it, the 自评 against their targets,
     * and the 报送情况.
     */
    static List<Table> tables(Map<Integer, YearSummary> years, int year, SubmissionStatus.Report status,
            List<TargetAgreementTable.Line> agreement) {
        YearSummary y = years.get(year);
        YearSummary before = years.get(year - 1);
        List<Table> tables = new ArrayList<>(y == null ? List.of() : SummaryTables.of(y));
        if (y != null && before != null && y.hasTargets() && before.hasTargets()) {
            tables.add(ComparisonTables.of(YearOverYear.targets(y, before)));
        }
        if (y != null && before != null && y.hasSelfEvaluations() && before.hasSelfEvaluations()) {
            tables.add(ComparisonTables.of(YearOverYear.selfEvaluations(y, before)));
        }
        List<TargetAgreementTable.Line> ofYear = agreement.stream().filter(l -> l.year() == year).toList();
        if (!ofYear.isEmpty()) {
            tables.add(TargetAgreementTable.of(ofYear));
        }
        if (status.lines().stream().anyMatch(l -> l.year() == year)) {
            tables.add(StatusTable.of(status, year));
        }
        return tables;
    }

    /**
     * Sums the current projects of both kinds into one summary per 年度, from their stored figures; only
     * a self-evaluation that lost points is rebuilt, to list its deductions. Rejected projects are
     * counted per department, apart from the sums.
     */
    static Map<Integer, YearSummary> summarise(ProjectStore projects, long runId) {
        Map<Integer, YearSummary> years = new TreeMap<>();
        for (StoredFacts sf : projects.currentFacts(runId, Kind.TARGETS)) {
            years.computeIfAbsent(sf.facts().year(), YearSummary::new).addTarget(sf.facts());
        }
        for (StoredFacts sf : projects.currentFacts(runId, Kind.SELF_EVALUATION)) {
            YearSummary y = years.computeIfAbsent(sf.facts().year(), YearSummary::new);
            y.addSelfEvaluation(sf.facts());
            if (sf.facts().indicators().deductions() > 0) {
                y.addDeductions(projects.load(sf.id()).project());
            }
        }
        // a year none of whose projects was imported has no 汇总表 to note them in: the findings list them
        for (ProjectStore.RejectedCount r : projects.rejectedCounts(runId)) {
            YearSummary y = years.get(r.year());
            if (y != null) {
                y.addRejected(r.kind(), new Department(r.year(), r.region(), r.department()), r.projects());
            }
        }
        return years;
    }
}
