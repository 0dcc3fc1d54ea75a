package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jixiao.filing.Kind;
import org.jixiao.filing.Table;
import org.jixiao.findings.Finding;
import org.jixiao.findings.FindingsTable;
import org.jixiao.findings.TargetAgreementTable;
import org.jixiao.output.CsvTables;
import org.jixiao.output.OutputFolder;
import org.jixiao.output.XlsxTables;
import org.jixiao.roster.StatusLine;
import org.jixiao.roster.StatusTable;
import org.jixiao.roster.SubmissionStatus;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RunStore;
import org.jixiao.store.StatusStore;
import org.jixiao.store.StoredFacts;
import org.jixiao.summary.ComparisonTables;
import org.jixiao.summary.Department;
import org.jixiao.summary.SummaryTables;
import org.jixiao.summary.YearOverYear;
import org.jixiao.summary.YearSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes the open-data tables: per 年度 the 汇总表 as CSV files and one XLSX (汇总数据/) — with this year
 * against last, the 自评 against their targets and the 报送情况 — and the findings of tonight's filings as
 * 问题清单.csv and 问题清单.xlsx — each only when what it is made from (the year's projects and the year
 * before's, the night's 报送情况 and 自评 checks, the night's findings, the run date) changed.
 */
class PublishTablesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTablesTasklet.class);
    static final String TABLES_FOLDER = "汇总数据";
    private static final java.util.Set<String> TABLE_KINDS = java.util.Set.of("summary-csv", "summary-xlsx");

    private final FindingStore findings;
    private final StatusStore status;
    private final RunStore runs;
    private final Tonight tonight;
    private final Fingerprints fingerprints;

    PublishTablesTasklet(FindingStore findings, StatusStore status, RunStore runs, Tonight tonight, Fingerprints fingerprints) {
        this.findings = findings;
        this.status = status;
        this.runs = runs;
        this.tonight = tonight;
        this.fingerprints = fingerprints;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Publications out = new Publications(new OutputFolder(run.output()), runs, run.runId(), tonight.earlier(run.runId()));
        SubmissionStatus.Report status = SubmissionStatus.Report.of(this.status.status(run.runId()));
        List<TargetAgreementTable.Line> agreement = this.status.agreement(run.runId());
        // a 年度 the roster lists while nobody filed for it yet has its 报送情况 and nothing else
        TreeSet<Integer> all = new TreeSet<>(tonight.plans(run.runId()).keySet());
        status.lines().forEach(l -> all.add(l.year()));
        for (int year : all) {
            List<StatusLine> lines = status.lines().stream().filter(l -> l.year() == year).toList();
            List<TargetAgreementTable.Line> checked = agreement.stream().filter(l -> l.year() == year).toList();
            String fingerprint = fingerprints.tables(year, tonight.seenIn(run.runId(), year), tonight.seenIn(run.runId(), year - 1), lines,
                    checked, run.runDate());
            if (out.keepGroup(o -> TABLE_KINDS.contains(o.kind()) && Integer.valueOf(year).equals(o.year()), fingerprint)) {
                continue;
            }
            List<Table> tables = tables(tonight, run.runId(), year, SubmissionStatus.Report.of(lines), checked);
            String folder = Integer.toString(year);
            for (Table t : tables) {
                Path csv = out.folder().resolve(folder, TABLES_FOLDER, t.name() + ".csv");
                out.write(csv, "summary-csv", year, null, null, null, fingerprint, o -> CsvTables.writeTo(o, t));
            }
            Path xlsx = out.folder().resolve(folder, TABLES_FOLDER, "汇总数据-" + folder + ".xlsx");
            out.record(XlsxTables.write(out.folder(), xlsx, tables, run.runDate()), xlsx, "summary-xlsx", year, null, null, null,
                    fingerprint);
            log.info("{}年度：{} 张汇总表已写入 {}", folder, tables.size(), out.folder().relative(xlsx.getParent()));
        }
        List<Finding> found = tonight.findings(run.runId());
        Path findingsCsv = out.folder().resolve(FindingsTable.NAME + ".csv");
        Path findingsXlsx = out.folder().resolve(FindingsTable.NAME + ".xlsx");
        String fingerprint = fingerprints.findings(found, run.runDate());
        if (!out.keep(List.of(findingsCsv, findingsXlsx), fingerprint)) {
            Table table = FindingsTable.of(found::forEach);
            out.write(findingsCsv, "findings-csv", null, null, null, null, fingerprint, o -> CsvTables.writeTo(o, table));
            out.record(XlsxTables.write(out.folder(), findingsXlsx, List.of(table), run.runDate()), findingsXlsx, "findings-xlsx", null,
                    null, null, null, fingerprint);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * A 年度's tables: its 汇总表 as tables; then, as issue 17 adds them (after, so the sheets before keep
     * their places), each kind against the 年度 before when both have it, the 自评 against their targets
     * ({@code agreement}: the 年度's), and the 报送情况 ({@code status}: the 年度's).
     */
    static List<Table> tables(Tonight tonight, long runId, int year, SubmissionStatus.Report status,
            List<TargetAgreementTable.Line> agreement) {
        boolean filed = tonight.plans(runId).containsKey(year);
        YearSummary y = filed ? tonight.years(runId).get(year) : null;
        YearSummary before = filed && tonight.plans(runId).containsKey(year - 1) ? tonight.years(runId).get(year - 1) : null;
        List<Table> tables = new ArrayList<>(y == null ? List.of() : SummaryTables.of(y));
        if (y != null && before != null && y.hasTargets() && before.hasTargets()) {
            tables.add(ComparisonTables.of(YearOverYear.targets(y, before)));
        }
        if (y != null && before != null && y.hasSelfEvaluations() && before.hasSelfEvaluations()) {
            tables.add(ComparisonTables.of(YearOverYear.selfEvaluations(y, before)));
        }
        if (!agreement.isEmpty()) {
            tables.add(TargetAgreementTable.of(agreement));
        }
        if (!status.lines().isEmpty()) {
            tables.add(StatusTable.of(status, year));
        }
        return tables;
    }

    /**
     * Sums the current projects of both kinds into one summary per 年度, from their stored figures; only
     * a self-evaluation that lost points is rebuilt, to list its deductions. Rejected projects are
     * counted per department, apart from the sums.
     */
    static Map<Integer, YearSummary> summarise(ProjectStore projects, long runId, Comparator<Department> order) {
        Map<Integer, YearSummary> years = new TreeMap<>();
        for (StoredFacts sf : projects.currentFacts(runId, Kind.TARGETS)) {
            years.computeIfAbsent(sf.facts().year(), y -> new YearSummary(y, order)).addTarget(sf.facts());
        }
        for (StoredFacts sf : projects.currentFacts(runId, Kind.SELF_EVALUATION)) {
            YearSummary y = years.computeIfAbsent(sf.facts().year(), n -> new YearSummary(n, order));
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
