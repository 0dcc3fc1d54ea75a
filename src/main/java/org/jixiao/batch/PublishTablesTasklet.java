package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Finding;
import org.jixiao.findings.FindingsTable;
import org.jixiao.output.CsvTables;
import org.jixiao.output.OutputFolder;
import org.jixiao.output.Table;
import org.jixiao.output.XlsxTables;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.StoredFacts;
import org.jixiao.store.RunStore;
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
 * Publishes the open-data tables: per 年度 the 汇总表 as CSV files and one XLSX (汇总数据/), and the
 * findings of tonight's filings as 问题清单.csv and 问题清单.xlsx — each only when what it is made from
 * (the year's projects, the night's findings, the run date) changed.
 */
class PublishTablesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishTablesTasklet.class);
    static final String TABLES_FOLDER = "汇总数据";
    private static final java.util.Set<String> TABLE_KINDS = java.util.Set.of("summary-csv", "summary-xlsx");

    private final FindingStore findings;
    private final RunStore runs;
    private final Tonight tonight;
    private final Fingerprints fingerprints;

    PublishTablesTasklet(FindingStore findings, RunStore runs, Tonight tonight, Fingerprints fingerprints) {
        this.findings = findings;
        this.runs = runs;
        this.tonight = tonight;
        this.fingerprints = fingerprints;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Publications out = new Publications(new OutputFolder(run.output()), runs, run.runId(), tonight.earlier(run.runId()));
        for (YearPlan plan : tonight.plans(run.runId()).values()) {
            String fingerprint = fingerprints.tables(plan.year(), tonight.seenIn(run.runId(), plan.year()), run.runDate());
            if (out.keepGroup(o -> TABLE_KINDS.contains(o.kind()) && Integer.valueOf(plan.year()).equals(o.year()), fingerprint)) {
                continue;
            }
            YearSummary y = tonight.years(run.runId()).get(plan.year());
            List<Table> tables = SummaryTables.of(y);
            String year = Integer.toString(y.year());
            List<Path> files = new ArrayList<>();
            for (Table t : tables) {
                files.add(out.folder().resolve(year, TABLES_FOLDER, t.name() + ".csv"));
            }
            Path xlsx = out.folder().resolve(year, TABLES_FOLDER, "汇总数据-" + year + ".xlsx");
            files.add(xlsx);
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                out.write(files.get(i), "summary-csv", y.year(), null, null, null, fingerprint, o -> CsvTables.writeTo(o, t));
            }
            out.record(XlsxTables.write(out.folder(), xlsx, tables, run.runDate()), xlsx, "summary-xlsx", y.year(), null, null, null,
                    fingerprint);
            log.info("{}年度：绩效目标 {} 个项目，绩效自评 {} 个项目，汇总表已写入 {}", year, y.targets().projects(),
                    y.selfEvaluations().projects(), out.folder().relative(xlsx.getParent()));
        }
        List<Finding> found = findings.ofNight(run.runId());
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
