package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.filing.Departments;
import org.jixiao.filing.Sha256;
import org.jixiao.findings.Finding;
import org.jixiao.roster.Received;
import org.jixiao.roster.Roster;
import org.jixiao.roster.RosterReader;
import org.jixiao.roster.SubmissionStatus;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ReceivedStore;
import org.jixiao.store.RosterStore;
import org.jixiao.store.RunStore;
import org.jixiao.store.StatusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The consolidation (核对), once the night's projects are settled, in one transaction: reads the roster
 * of the input folder (名单.xlsx or 名单.csv) and records it with its order of departments, which every
 * later step lists departments in; works out who filed (报送情况) from the night's projects and the run
 * date; checks each department's 自评 against the targets it declared for that 年度. Its findings (the
 * roster's rows, departments off the roster, 自评 against targets) are the night's own, like E07: they
 * reach the 问题清单, the counts and the exit code, and are replaced when the step runs again.
 *
 * <p>All of it is a function of the input folder and the run date, but for the dates a filing was first
 * received and last changed, which are history by design ({@link ReceivedStore}).
 */
class ConsolidateTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ConsolidateTasklet.class);

    private final RosterStore rosters;
    private final ReceivedStore received;
    private final StatusStore status;
    private final FindingStore findings;
    private final RunStore runs;
    private final TargetsChecks checks;

    ConsolidateTasklet(RosterStore rosters, ReceivedStore received, StatusStore status, FindingStore findings, RunStore runs,
            TargetsChecks checks) {
        this.rosters = rosters;
        this.received = received;
        this.status = status;
        this.findings = findings;
        this.runs = runs;
        this.checks = checks;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParameters run = RunParameters.of(context.getStepContext().getStepExecution().getJobParameters());
        Roster roster = RosterReader.read(run.input());
        rosters.record(run.runId(), file(run.input(), roster), roster.departments());
        // the folder as the run recorded it, so that every night on it finds the same history
        String input = runs.run(run.runId()).map(RunStore.Run::input).orElse(run.input().toString());
        boolean firstNight = runs.previousNight(run.runId()).isEmpty();
        List<Received> filed = received.received(run.runId(), input, run.runDate(), firstNight);
        SubmissionStatus.Report report = SubmissionStatus.compute(roster, filed, run.runDate(), Departments.NAMES);
        status.recordStatus(run.runId(), report.lines());
        TargetsChecks.Outcome targets = checks.run(run.runId());
        status.recordAgreement(run.runId(), targets.lines());
        List<Finding> all = new ArrayList<>(roster.findings());
        all.addAll(report.findings());
        all.addAll(targets.findings());
        findings.replaceConsolidation(run.runId(), all);
        log.info("核对：{}；报送情况 {} 行；自评与目标对照 {} 个部门（核对 {}，沿用 {}）；发现 {} 条", roster.file() == null ? "无报送名单"
                : "报送名单 " + roster.file() + "（" + roster.entries().size() + " 行有效）", report.lines().size(), targets.lines().size(),
                targets.checked(), targets.kept(), all.size());
        report.consoleLines().forEach(l -> log.info("  {}", l));
        return RepeatStatus.FINISHED;
    }

    /** The roster file as read; null without one, or when it went away as it was read (its findings say so). */
    private static RosterStore.RosterFile file(Path input, Roster roster) {
        if (roster.file() == null) {
            return null;
        }
        Path f = input.resolve(roster.file());
        try {
            return new RosterStore.RosterFile(roster.file(), Sha256.of(f), Files.size(f), roster.entries().size());
        } catch (IOException e) {
            return null;
        }
    }
}
