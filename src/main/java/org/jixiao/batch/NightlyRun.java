package org.jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.output.OutputFolder;
import org.jixiao.render.Printing;
import org.jixiao.store.FileStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.RunOwner;
import org.jixiao.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts tonight's run — or resumes the last one if it never finished (killed, failed, stopped): the
 * same job instance is restarted on the job repository, with the parameters it started with (its
 * run date included), so it ends with the outputs an uninterrupted run would have written.
 */
@Component
public class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    /**
     * How a run ended: the job's status, the 错误 findings of its night (of every file in its input
     * folder, read tonight or before), what made it fail, whether it
     * resumed an unfinished run, and which unfinished run it gave up instead (both null when there was none).
     */
    public record Outcome(long runId, BatchStatus status, int errors, List<Throwable> failures, Resumed resumed,
            Abandoned abandoned) {
        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }
    }

    /** An earlier run that this one finished: its id, run date, and the step it stopped in (the one it went on from). */
    public record Resumed(long runId, LocalDate runDate, String stoppedIn, Printing requested, Printing used) {

        Resumed stoppedIn(String step) {
            return new Resumed(runId, runDate, step, requested, used);
        }

        /** Whether tonight's command asked for other printing options than the run it resumes keeps to. */
        public boolean optionsIgnored() {
            return !requested.equals(used);
        }
    }

    /**
     * An unfinished earlier run that this one gave up, and why; the step it stopped in ("开始" when it
     * never started one, the last step when it completed every one, null when it had only scanned, before the
     * night was decided a repeat or not); whether its unfinished import was withdrawn;
     * and whether it read the same input folder as tonight's run (which then imports its files again).
     */
    public record Abandoned(long runId, LocalDate runDate, String stoppedIn, Reason reason, boolean importWithdrawn,
            boolean sameInput) {
    }

    /** An unfinished run in the store is being run by another live process: tonight's run leaves it alone. */
    public static final class RunInProgress extends IllegalStateException {
        private final transient RunStore.Run run;

        RunInProgress(RunStore.Run run) {
            super("run " + run.id() + " is still running in " + run.owner() + ", output " + run.output());
            this.run = run;
        }

        public RunStore.Run run() {
            return run;
        }
    }

    /**
     * Tonight's job could not be started after an unfinished run was given up: the giving up stands,
     * and the operator is told of it with the failure.
     */
    public static final class StartFailed extends Exception {
        private final transient Abandoned abandoned;

        StartFailed(Abandoned abandoned, Exception cause) {
            super("the job could not be started after giving up run " + abandoned.runId(), cause);
            this.abandoned = abandoned;
        }

        public Abandoned abandoned() {
            return abandoned;
        }
    }

    /** Why an unfinished run was given up rather than resumed. */
    public enum Reason {
        /** {@code --fresh} asked for it. */
        FRESH,
        /** Tonight's run reads or writes other folders than the unfinished one did. */
        OTHER_FOLDERS,
        /** Its job had already been given up, by a run interrupted before it could say so in the store. */
        GIVEN_UP_BEFORE,
        /**
         * The input folder is no longer what it scanned (a file added, changed or taken out, the roster it read
         * edited): resumed, it would publish the folder as it was. Worked out anew instead, taking what it read.
         */
        INPUT_CHANGED
    }

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunStore runs;
    private final FindingStore findings;
    private final FileStore files;
    private final org.jixiao.store.RosterStore rosters;
    private final TransactionTemplate transactions;
    private final boolean storeInOutput;

    /**
     * @param storeInOutput whether the store is jixiao's own, in the output folder's .jixiao/: then its runs are
     *        of whatever path the folder now has ({@link RunStore#adoptOutputFolder})
     */
    public NightlyRun(JobOperator operator, JobRepository repository, Job nightlyJob, RunStore runs, FindingStore findings,
            FileStore files, org.jixiao.store.RosterStore rosters, PlatformTransactionManager tx,
            @Value("${jixiao.store.in-output:false}") boolean storeInOutput) {
        this.storeInOutput = storeInOutput;
        this.files = files;
        this.rosters = rosters;
        this.transactions = new TransactionTemplate(tx);
        this.operator = operator;
        this.repository = repository;
        this.job = nightlyJob;
        this.runs = runs;
        this.findings = findings;
    }

    /**
     * @param fresh abandon an unfinished earlier run instead of resuming it
     */
    public Outcome run(Path input, Path output, LocalDate runDate, boolean fresh) throws Exception {
        return run(input, output, runDate, fresh, Printing.FINAL);
    }

    /**
     * @param printing how tonight's PDFs are printed; a resumed run keeps the options it started with
     */
    public Outcome run(Path input, Path output, LocalDate runDate, boolean fresh, Printing printing) throws Exception {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        removeLeftovers(out);
        Optional<RunStore.Run> unfinished = runs.unfinished();
        if (unfinished.isPresent()) {
            RunStore.Run u = unfinished.get();
            if (isGoingElsewhere(u)) {
                // a run on another output folder sharing this store, still going: neither resume nor give it up
                throw new RunInProgress(u);
            }
            // found by its identifying parameters; a restart takes the printing options it started with
            RunParameters earlier = new RunParameters(u.id(), Path.of(u.input()), Path.of(u.output()), u.runDate(), printing);
            boolean sameFolders = earlier.input().equals(in) && earlier.output().equals(out);
            JobExecution last = lastExecution(earlier);
            boolean givenUp = last != null && last.getStatus() == BatchStatus.ABANDONED;
            boolean inputChanged = !fresh && sameFolders && !givenUp && inputChangedSince(earlier, last);
            if (!fresh && sameFolders && !givenUp && !inputChanged) {
                return resume(earlier);
            }
            Reason reason = fresh ? Reason.FRESH
                    : !sameFolders ? Reason.OTHER_FOLDERS : inputChanged ? Reason.INPUT_CHANGED : Reason.GIVEN_UP_BEFORE;
            Abandoned abandoned = abandon(earlier, last, reason, earlier.input().equals(in));
            try {
                return start(in, out, runDate, printing, abandoned);
            } catch (Exception e) {
                throw new StartFailed(abandoned, e);
            }
        }
        return start(in, out, runDate, printing, null);
    }

    /**
     * Whether the input folder differs from what an unfinished run scanned: its filings (names and digests),
     * and, once its consolidation has read the roster, the roster. A run whose scan did not finish scans again
     * when resumed, so it sees the folder as it is. The folder's files are hashed again: a resume is rare.
     */
    private boolean inputChangedSince(RunParameters earlier, JobExecution last) {
        if (last == null || !completed(last, NightStep.SCAN.stepName())) {
            return false;
        }
        try {
            Set<String> scanned = runs.files(earlier.runId()).stream().filter(f -> f.action() != RunStore.Action.WITHDRAWN)
                    .map(f -> f.action() == RunStore.Action.IGNORED ? "ignored\n" + f.path() : f.path() + "\n" + f.file().sha256())
                    .collect(Collectors.toSet());
            Path input = earlier.input();
            org.jixiao.ingest.InputFolder.Listing listing = org.jixiao.ingest.InputFolder.list(input, earlier.output());
            Set<String> now = new java.util.HashSet<>();
            for (org.jixiao.ingest.InputFolder.Filing f : listing.filings()) {
                if (!org.jixiao.roster.RosterReader.isRoster(input, input.resolve(f.name()))) {
                    now.add(f.name() + "\n" + org.jixiao.filing.Sha256.of(f.path()));
                }
            }
            listing.ignored().forEach(i -> now.add("ignored\n" + i.name()));
            if (!now.equals(scanned)) {
                return true;
            }
            if (!completed(last, NightStep.CONSOLIDATE.stepName())) {
                return false;
            }
            Optional<org.jixiao.store.RosterStore.RosterFile> read = rosters.of(earlier.runId());
            List<Path> rostersNow = org.jixiao.roster.RosterReader.files(input);
            if (read.isEmpty()) {
                return !rostersNow.isEmpty();
            }
            Path file = input.resolve(read.get().path());
            return rostersNow.size() != 1 || !java.nio.file.Files.isRegularFile(file)
                    || !org.jixiao.filing.Sha256.of(file).equals(read.get().sha256());
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be read now: the resume's own steps say why
            return false;
        }
    }

    private static boolean completed(JobExecution execution, String step) {
        return execution.getStepExecutions().stream()
                .anyMatch(s -> s.getStepName().equals(step) && s.getStatus() == BatchStatus.COMPLETED);
    }

    /**
     * Whether an unfinished run is still going in another process: on this host, its process is alive;
     * on another, its heartbeat is younger than the lease.
     */
    private boolean isGoingElsewhere(RunStore.Run run) {
        if (RunOwner.isAnotherLiveProcess(run.owner())) {
            return true;
        }
        if (!RunOwner.isOnAnotherHost(run.owner())) {
            return false;
        }
        Long seconds = runs.secondsSinceBeat(run.id());
        return seconds != null && seconds < Heartbeat.LEASE.toSeconds();
    }

    private Outcome start(Path in, Path out, LocalDate runDate, Printing printing, Abandoned abandoned) throws Exception {
        long runId = runs.nextRunId();
        RunParameters parameters = new RunParameters(runId, in, out, runDate, printing);
        if (storeInOutput) {
            // an unfinished run of the folder's old path was given up above: it is resumed under no other path
            String was = runs.adoptOutputFolder(out.toString());
            if (was != null) {
                log.info("输出目录（及其中的存储）由 {} 移至 {}：沿用此前各次运行的记录", was, out);
            }
        }
        try {
            runs.start(runId, runDate, in.toString(), out.toString());
        } catch (DuplicateKeyException e) {
            // another process sharing the store started a run with the same id a moment ago
            throw new RunInProgress(runs.run(runId).orElseThrow(() -> e));
        }
        try (Heartbeat alive = Heartbeat.start(runs, runId)) {
            return finish(parameters, operator.start(job, parameters.toJobParameters()), null, abandoned);
        }
    }

    private Outcome resume(RunParameters earlier) throws Exception {
        runs.takeOver(earlier.runId());
        try (Heartbeat alive = Heartbeat.start(runs, earlier.runId())) {
            return resumeJob(earlier);
        }
    }

    private Outcome resumeJob(RunParameters earlier) throws Exception {
        JobExecution last = lastExecution(earlier);
        if (last == null) {
            // Spring Batch 6 commits a job instance and its first execution apart, and H2 keeps a prefix of the
            // commits of a killed process: an instance without an execution, which Spring Batch will neither
            // restart nor start again ("Cannot find any job execution for job instance"). It holds nothing: it goes.
            org.springframework.batch.core.job.JobInstance orphan = repository.getJobInstance(job.getName(), earlier.toJobParameters());
            if (orphan != null) {
                repository.deleteJobInstance(orphan);
            }
            return finish(earlier, operator.start(job, earlier.toJobParameters()), new Resumed(earlier.runId(), earlier.runDate(), "开始", earlier.printing(), earlier.printing()), null);
        }
        Resumed resumed = new Resumed(earlier.runId(), earlier.runDate(), stoppedIn(last, earlier.runId()), earlier.printing(),
                RunParameters.of(last.getJobParameters()).printing());
        if (last.getStatus() == BatchStatus.COMPLETED) {
            return finish(earlier, last, resumed, null);
        }
        if (leftRunning(last)) {
            // the process that ran it was killed: the repository still says it is running; or it was stopped
            // (SIGTERM) while a partition was in hand, which the repository still calls running and which
            // Spring Batch then refuses to restart ("job execution already running")
            last = recovered(last, operator::recover, () -> lastExecution(earlier), Thread::sleep);
        }
        JobExecution restarted = operator.restart(last);
        if (resumed.stoppedIn() == null) {
            resumed = resumed.stoppedIn(firstStep(restarted));
        }
        return finish(earlier, restarted, resumed, null);
    }

    /** The first step an execution ran (the one the run went on from), or the scan's when it ran none. */
    private static String firstStep(JobExecution execution) {
        return execution.getStepExecutions().stream().min(java.util.Comparator.comparing(StepExecution::getId))
                .map(StepExecution::getStepName).orElse(NightStep.SCAN.stepName());
    }

    /** Tries at recovering a killed run whose partitions live remote workers are still updating. */
    static final int RECOVER_ATTEMPTS = 20;

    /** What {@link #recovered} does between tries (a test does not wait). */
    interface Pause {
        void millis(long millis) throws InterruptedException;
    }

    /** What {@link #recovered} recovers with: Spring Batch's recover, which may lose a race with a worker. */
    interface Recovery {
        JobExecution recover(JobExecution execution) throws Exception;
    }

    /**
     * Recovers a run left running. A remote worker of a killed manager may still be rendering a
     * partition and commit a chunk of it between our read and our recovery (the recovery then fails on
     * the step execution's version): read again and recover what is then still running; the worker's
     * next commit fails on the recovered version, and the partition is sent again on restart.
     */
    static JobExecution recovered(JobExecution last, Recovery recovery, java.util.function.Supplier<JobExecution> reread, Pause pause)
            throws Exception {
        JobExecution current = last;
        for (int attempt = 1;; attempt++) {
            try {
                return recovery.recover(current);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == RECOVER_ATTEMPTS) {
                    throw e;
                }
                pause.millis(100L * attempt);
                current = reread.get();
                if (!leftRunning(current)) {
                    return current;
                }
            }
        }
    }

    static boolean leftRunning(JobExecution last) {
        boolean partLeftRunning = last.getStepExecutions().stream().anyMatch(s -> s.getStatus().isRunning());
        return last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN || partLeftRunning;
    }

    /**
     * Gives up an unfinished run. When it stopped before its import was finished, what it read is
     * incomplete and is discarded: the next night reads those contents again. A run that got past that
     * point keeps what it read, complete, for later nights to take as read. Our store is told first,
     * Spring Batch's job repository after: a kill in between leaves a job execution nothing will
     * restart, never a run our store calls unfinished whose job cannot be restarted.
     */
    private Abandoned abandon(RunParameters earlier, JobExecution last, Reason reason, boolean sameInput) throws Exception {
        // the store's own note, written with the versions it made current (the finishImport step's
        // status is committed a moment later, so it can only agree)
        boolean withdraw = !runs.isImportFinished(earlier.runId());
        String stoppedIn = last == null ? "开始" : stoppedIn(last, earlier.runId());
        transactions.executeWithoutResult(status -> {
            if (withdraw) {
                files.discardIncomplete(earlier.runId());
            }
            runs.finish(earlier.runId(), BatchStatus.ABANDONED);
        });
        if (last != null && !last.getStatus().isUnsuccessful() && last.getStatus() != BatchStatus.COMPLETED) {
            last = operator.recover(last);
        }
        if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
            operator.abandon(last);
        }
        return new Abandoned(earlier.runId(), earlier.runDate(), stoppedIn, reason, withdraw, sameInput);
    }

    /**
     * The job's last execution for a run, or null. After a kill the store holds a prefix of what was
     * committed: the job instance may be there without its execution, which Spring Batch reports
     * with an exception rather than a null.
     */
    private JobExecution lastExecution(RunParameters run) {
        try {
            return repository.getLastJobExecution(job.getName(), run.toJobParameters());
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private Outcome finish(RunParameters parameters, JobExecution execution, Resumed resumed, Abandoned abandoned) {
        runs.finish(parameters.runId(), execution.getStatus());
        // a completed night's manifest step recorded its counts with the run
        int errors = execution.getStatus() != BatchStatus.COMPLETED ? 0
                : runs.run(parameters.runId()).map(RunStore.Run::figures).filter(java.util.Objects::nonNull)
                        .map(RunStore.Figures::errors)
                        .orElseGet(() -> findings.countsOfNight(parameters.runId()).get(org.jixiao.findings.Severity.错误));
        return new Outcome(parameters.runId(), execution.getStatus(), errors, execution.getAllFailureExceptions(), resumed, abandoned);
    }

    /**
     * {@link #stoppedIn(JobExecution)}, and when the store remembers only the scan: the import when the scan found
     * files to read (such a night never repeats the night before), else null — the decider's, known once it has run.
     */
    private String stoppedIn(JobExecution execution, long runId) {
        String step = stoppedIn(execution);
        if (step == null && runs.files(runId).stream().anyMatch(f -> f.action() == RunStore.Action.IMPORTED)) {
            return NightStep.IMPORT.stepName();
        }
        return step;
    }

    /**
     * The step a run stopped in: the first it did not complete. After a kill the store may hold only
     * a prefix of what was committed, with every step it remembers completed and the next one not yet
     * recorded as started: the run then stopped in the step after the last completed one.
     */
    static String stoppedIn(JobExecution execution) {
        Optional<String> unfinished = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .map(StepExecution::getStepName)
                .findFirst();
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        Set<String> completed = execution.getStepExecutions().stream()
                .map(StepExecution::getStepName).collect(Collectors.toSet());
        if (completed.equals(Set.of(NightStep.SCAN.stepName()))) {
            // the scan is all it did: whether it goes on with 沿用 or the import is the decider's, known once it has run
            return null;
        }
        List<String> order = NightStep.path(completed.contains(NightStep.REPEAT.stepName())).stream().map(NightStep::stepName).toList();
        return order.stream().filter(name -> !completed.contains(name)).findFirst()
                .orElse(order.isEmpty() ? "—" : order.get(order.size() - 1));
    }

    private static void removeLeftovers(Path output) throws IOException {
        new OutputFolder(output).removeLeftovers();
    }

    /** The settings ({@code jixiao.*}), and the scoring configuration for the checks. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Settings.class)
    static class Scoring {
        @Bean
        ScoringPolicy scoringPolicy(Settings settings) {
            return settings.scoring().toPolicy();
        }
    }
}
