package org.jixiao.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.remote.RemotePartitions;
import org.jixiao.render.Books;
import org.jixiao.render.Reports;
import org.jixiao.store.BlockStore;
import org.jixiao.store.FileStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.InputFile;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.ReceivedStore;
import org.jixiao.store.RepeatStore;
import org.jixiao.store.RosterStore;
import org.jixiao.store.RunStore;
import org.jixiao.store.StatusStore;
import org.jixiao.store.TargetsCheckStore;
import org.jixiao.summary.Department;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: scan the input folder → import and check the contents not read before → check what the import
 * could not → settle the night (its projects, E07) → consolidate (the roster, 报送情况, 自评 against targets) → compile changed
 * templates → render the departments that changed, beside publishing the tables and then the 地区汇总表 → bind the summary books
 * → remove stale outputs → manifest. Each step is restartable: chunk steps resume from their last
 * commit, tasklets run in one transaction or rewrite the same files.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    static final String JOB = "nightly";
    /** Projects per chunk: a project is about 15 rows, so about 1,500 rows a commit. */
    private static final int IMPORT_CHUNK = 100;
    private static final int CHECK_CHUNK = 100;
    /** Departments per chunk: each is a few PDFs, so a commit every few seconds at most. */
    private static final int RENDER_CHUNK = 5;

    @Bean
    Job nightlyJob(JobRepository repository, Step scanStep, RepeatDecider repeatDecider, Step repeatStep, Step importStep, Step checkStep,
            Step finishImportStep, Step consolidateStep, Step publishTablesStep, Step prepareRenderStep, Step renderStep,
            Step renderSummariesStep, Step bookStep, Step removeStaleStep, Step manifestStep, StopOnShutdown stopOnShutdown) {
        return new JobBuilder(JOB, repository)
                .listener(stopOnShutdown)
                .start(scanStep)
                .next(repeatDecider)
                .on(RepeatDecider.REPEAT.getName()).to(repeatStep).next(manifestStep)
                .from(repeatDecider)
                .on("*").to(importStep)
                .next(checkStep)
                .next(finishImportStep)
                .next(consolidateStep)
                .next(prepareRenderStep)
                .next(beside(renderStep, publishTablesStep, renderSummariesStep))
                .next(bookStep)
                .next(removeStaleStep)
                .next(manifestStep)
                .end()
                .build();
    }

    /**
     * The departments' render beside the tables and then the 地区汇总表, which need none of its files: on a
     * short night the render is mostly a cold JVM's first fills and the tables one thread's work, so each
     * fills the core the other leaves idle. Each flow's steps still restart as steps do; the books wait
     * for both.
     */
    private static Flow beside(Step render, Step tables, Step summaries) {
        SimpleAsyncTaskExecutor flows = new SimpleAsyncTaskExecutor("jixiao-flow-");
        return new FlowBuilder<SimpleFlow>("renderBesideSummaries").split(flows)
                .add(new FlowBuilder<Flow>("departments").start(render).build(),
                        new FlowBuilder<Flow>("summaries").start(tables).next(summaries).build())
                .build();
    }

    @Bean
    RepeatDecider repeatDecider(RunStore runs, RepeatStore repeats, Fingerprints fingerprints, RosterStore rosters) {
        return new RepeatDecider(runs, repeats, fingerprints, rosters);
    }

    @Bean
    Step repeatStep(JobRepository repository, PlatformTransactionManager tx, RepeatStore repeats, Progress progress) {
        return new StepBuilder(NightStep.REPEAT.stepName(), repository).tasklet(new RepeatTasklet(repeats), tx)
                .listener(new StageListener(progress, NightStep.REPEAT.label())).build();
    }

    /** Lets a test halt the JVM as a step starts ({@link Halt}); does nothing unless a test asks. */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor haltForTests() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof org.springframework.batch.core.step.AbstractStep step && Halt.ONCE.active()) {
                    step.registerStepExecutionListener(Halt.ONCE);
                }
                return bean;
            }
        };
    }

    /** Progress goes nowhere unless the command line supplies a bar or a log. */
    @Bean
    @ConditionalOnMissingBean
    Progress progress() {
        return Progress.SILENT;
    }

    @Bean
    Step scanStep(JobRepository repository, PlatformTransactionManager tx, FileStore files, RunStore runs, FindingStore findings,
            Fingerprints fingerprints, Progress progress, Settings settings) {
        return new StepBuilder(NightStep.SCAN.stepName(), repository)
                .tasklet(new InputScanTasklet(files, runs, findings, fingerprints, settings.quickCompile()), tx)
                .listener(new StageListener(progress, NightStep.SCAN.label())).build();
    }

    @Bean
    StopOnShutdown stopOnShutdown(ObjectProvider<JobOperator> operator) {
        return new StopOnShutdown(operator);
    }

    /**
     * Threads for the partitioned steps; the outputs are the same whatever their number. Closing the
     * context (SIGTERM) lets the partitions in hand run on — StopOnShutdown has asked them to stop at
     * their next chunk — instead of interrupting them.
     */
    @Bean
    TaskExecutor partitionExecutor(Settings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int n = settings.partitionThreads();
        executor.setCorePoolSize(n);
        executor.setMaxPoolSize(n);
        executor.setThreadNamePrefix("jixiao-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds((int) StopOnShutdown.GRACE.toSeconds());
        executor.initialize();
        return executor;
    }

    /** What each partition is stamped with, and checked against where it runs (a remote worker). */
    @Bean
    NightStamp nightStamp(Fingerprints fingerprints) {
        return new NightStamp(fingerprints);
    }

    /**
     * Remote imports pay from this many files to read (the manager reads fewer on its own threads
     * sooner than workers would: a city's import takes a minute, its render an hour).
     */
    static boolean importGoesRemote(List<InputFile> toImport, int fromFiles) {
        return toImport.size() >= fromFiles;
    }

    @Bean
    @StepScope
    FilingRowReader filingRowReader(FileStore files, ImportMeter meter, @Value("#{jobParameters['run.id']}") Long runId,
            @Value("#{jobParameters['input']}") String input, @Value("#{stepExecution.stepName}") String stepName) {
        Partitions.Place place = Partitions.of(stepName);
        Set<Long> ids = Set.copyOf(new FilePartitioner(files, runId).filesOf(place.index(), place.count()));
        return new FilingRowReader(files, meter, runId, Path.of(input), ids);
    }

    @Bean
    @StepScope
    ImportCheckProcessor importCheckProcessor(ScoringPolicy policy, @Value("#{jobParameters['run.id']}") Long runId) {
        return new ImportCheckProcessor(new CheckProcessor(policy, runId));
    }

    @Bean
    @StepScope
    ImportWriter importWriter(BlockStore blocks, ProjectStore projects, FindingStore findings,
            @Value("#{jobParameters['run.id']}") Long runId) {
        return new ImportWriter(blocks, projects, findings, runId);
    }

    @Bean
    @StepScope
    FilePartitioner filePartitioner(FileStore files, @Value("#{jobParameters['run.id']}") Long runId) {
        return new FilePartitioner(files, runId);
    }

    @Bean
    StageProgress importProgress(Progress progress, ImportMeter meter, FileStore files) {
        StageProgress stage = new StageProgress(progress, NightStep.IMPORT.label(), "‰", step -> {
            List<InputFile> toImport = files.importedBy(RunParameters.of(step.getJobParameters()).runId());
            meter.start(toImport.size(), toImport.stream().mapToLong(InputFile::bytes).sum());
            return 1000;
        });
        return stage.measuredBy(meter::permille,
                () -> meter.filesDone() + "/" + meter.filesTotal() + " 个文件，" + stage.items() + " 行");
    }

    /** One partition of the import: its files, streamed and checked. A bean: a remote worker runs it by this name. */
    @Bean
    Step importFiles(JobRepository repository, PlatformTransactionManager tx, FilingRowReader filingRowReader,
            ImportCheckProcessor importCheckProcessor, ImportWriter importWriter, StageProgress importProgress, NightStamp nightStamp) {
        return new StepBuilder(NightStep.IMPORT.workerName(), repository)
                .<ImportItem, ImportItem>chunk(IMPORT_CHUNK)
                .transactionManager(tx)
                .reader(filingRowReader)
                .processor(importCheckProcessor)
                .writer(importWriter)
                .interruptionPolicy(Partitioned.STOP_WHEN_INTERRUPTED)
                .listener(nightStamp)
                .listener(importProgress.<ImportItem>workers(ImportItem::rows))
                .listener((org.springframework.batch.core.listener.StepListener) Halt.ONCE)
                .build();
    }

    /**
     * Import: the run's files split by size across the threads, each partition streaming its own files
     * and checking each project as soon as its rows are read; with remote workers, across the workers
     * when the night has many files to read.
     */
    @Bean
    Step importStep(JobRepository repository, Step importFiles, FilePartitioner filePartitioner, TaskExecutor partitionExecutor,
            Settings settings, StageProgress importProgress, NightStamp nightStamp, FileStore files,
            ObjectProvider<RemotePartitions> remote) {
        int remoteFromFiles = settings.workers().importFiles();
        ToIntFunction<StepExecution> toRead = step -> files.importedBy(RunParameters.of(step.getJobParameters()).runId()).size();
        return Partitioned.step(repository, NightStep.IMPORT.stepName(), importFiles, nightStamp.stamped(filePartitioner), settings.partitionThreads(), partitionExecutor,
                remote.getIfAvailable(), step -> toRead.applyAsInt(step) >= remoteFromFiles, toRead, importProgress.manager());
    }

    @Bean
    @StepScope
    ProjectRowsReader projectRowsReader(BlockStore blocks, @Value("#{jobParameters['run.id']}") Long runId,
            @Value("#{stepExecution.stepName}") String stepName) {
        Partitions.Place place = Partitions.of(stepName);
        return new ProjectRowsReader(blocks, runId, place.index(), place.count());
    }

    @Bean
    @StepScope
    CheckProcessor checkProcessor(ScoringPolicy policy, @Value("#{jobParameters['run.id']}") Long runId) {
        return new CheckProcessor(policy, runId);
    }

    @Bean
    StageProgress checkProgress(Progress progress, BlockStore blocks) {
        return new StageProgress(progress, NightStep.CHECK.label(), "个项目",
                step -> blocks.projectsToCheck(RunParameters.of(step.getJobParameters()).runId()));
    }

    /**
     * Checks what the import could not settle alone — projects filed in two files, projects whose rows
     * were interrupted — split by a hash of their key across the threads.
     */
    @Bean
    Step checkProjects(JobRepository repository, PlatformTransactionManager tx, ProjectRowsReader projectRowsReader,
            CheckProcessor checkProcessor, ProjectStore projects, FindingStore findings, StageProgress checkProgress) {
        return new StepBuilder(NightStep.CHECK.workerName(), repository)
                .<ProjectRows, CheckProcessor.Checked>chunk(CHECK_CHUNK)
                .transactionManager(tx)
                .reader(projectRowsReader)
                .processor(checkProcessor)
                .writer(new CheckWriter(projects, findings))
                .interruptionPolicy(Partitioned.STOP_WHEN_INTERRUPTED)
                .listener(checkProgress.<CheckProcessor.Checked>workers(c -> 1))
                .listener((org.springframework.batch.core.listener.StepListener) Halt.ONCE)
                .build();
    }

    /** The check stays on the night's own threads: it is the store's work, which more processes would only contend for. */
    @Bean
    Step checkStep(JobRepository repository, Step checkProjects, TaskExecutor partitionExecutor, Settings settings,
            StageProgress checkProgress) {
        return Partitioned.step(repository, NightStep.CHECK.stepName(), checkProjects, new KeyPartitioner(), settings.partitionThreads(), partitionExecutor, null,
                step -> false, step -> 0, checkProgress.manager());
    }

    @Bean
    Step finishImportStep(JobRepository repository, PlatformTransactionManager tx, FileStore files, ProjectStore projects,
            FindingStore findings, RunStore runs, Progress progress) {
        return new StepBuilder(NightStep.FINISH_IMPORT.stepName(), repository).tasklet(new FinishImportTasklet(files, projects, findings, runs), tx)
                .listener(new StageListener(progress, NightStep.FINISH_IMPORT.label())).build();
    }

    /** The roster, who filed, and the 自评 against their targets: the night's own findings, the order of its departments. */
    @Bean
    Step consolidateStep(JobRepository repository, PlatformTransactionManager tx, RosterStore rosters, ReceivedStore received,
            StatusStore status, FindingStore findings, RunStore runs, ProjectStore projects, TargetsCheckStore checks, Progress progress) {
        return new StepBuilder(NightStep.CONSOLIDATE.stepName(), repository)
                .tasklet(new ConsolidateTasklet(rosters, received, status, findings, runs, new TargetsChecks(projects, checks)), tx)
                .listener(new StageListener(progress, NightStep.CONSOLIDATE.label())).build();
    }

    @Bean
    Step publishTablesStep(JobRepository repository, PlatformTransactionManager tx, FindingStore findings, StatusStore status,
            RunStore runs, Tonight tonight, Fingerprints fingerprints, Progress progress) {
        return new StepBuilder(NightStep.PUBLISH_TABLES.stepName(), repository)
                .tasklet(new PublishTablesTasklet(findings, status, runs, tonight, fingerprints), tx)
                .listener(new StageListener(progress, NightStep.PUBLISH_TABLES.label())).build();
    }

    /** One per run: checks the shipped CJK font at start-up; templates compile on first use and are reused. */
    @Bean
    Reports reports(@Value("${jixiao.cache:}") String cache) {
        return Reports.standard(cache.isEmpty() ? null : Path.of(cache).resolve("templates"));
    }

    @Bean
    Step prepareRenderStep(JobRepository repository, PlatformTransactionManager tx, Reports reports) {
        return new StepBuilder(NightStep.PREPARE_RENDER.stepName(), repository).tasklet(new PrepareRenderTasklet(reports), tx).build();
    }

    @Bean
    @StepScope
    DepartmentReader departmentReader(ProjectStore projects, @Value("#{jobParameters['run.id']}") Long runId,
            @Value("#{stepExecution.stepName}") String stepName) {
        return new DepartmentReader(new DepartmentPartitioner(projects), runId, Partitions.of(stepName));
    }

    @Bean
    @StepScope
    DepartmentRenderer departmentRenderer(ProjectStore projects, FindingStore findings, RunStore runs, Reports reports,
            Tonight tonight, Fingerprints fingerprints, @Value("#{stepExecution}") org.springframework.batch.core.step.StepExecution step) {
        return new DepartmentRenderer(projects, findings, runs, reports, tonight, fingerprints, RunParameters.of(step.getJobParameters()));
    }

    @Bean
    StageProgress renderProgress(Progress progress, ProjectStore projects) {
        return new StageProgress(progress, NightStep.RENDER.label(), "个部门",
                step -> projects.departments(RunParameters.of(step.getJobParameters()).runId()).size());
    }

    /** One partition of the render: its departments. A bean: a remote worker runs it by this name. */
    @Bean
    Step renderDepartments(JobRepository repository, PlatformTransactionManager tx, DepartmentReader departmentReader,
            DepartmentRenderer departmentRenderer, StageProgress renderProgress, NightStamp nightStamp) {
        return new StepBuilder(NightStep.RENDER.workerName(), repository)
                .<Department, Department>chunk(RENDER_CHUNK)
                .transactionManager(tx)
                .reader(departmentReader)
                .processor(departmentRenderer)
                .writer(departments -> departmentRenderer.recordKept())
                .interruptionPolicy(Partitioned.STOP_WHEN_INTERRUPTED)
                .listener(nightStamp)
                .listener(renderProgress.<Department>workers(d -> 1))
                .listener((org.springframework.batch.core.listener.StepListener) Halt.ONCE)
                .build();
    }

    /**
     * Render: departments split across the threads, or across the remote workers of a night that has
     * them (each PDF the same bytes whichever thread or process makes it).
     */
    @Bean
    Step renderStep(JobRepository repository, Step renderDepartments, ProjectStore projects, TaskExecutor partitionExecutor,
            Settings settings, StageProgress renderProgress, NightStamp nightStamp,
            ObjectProvider<RemotePartitions> remote) {
        return Partitioned.step(repository, NightStep.RENDER.stepName(), renderDepartments, nightStamp.stamped(new DepartmentPartitioner(projects)),
                settings.partitionThreads(), partitionExecutor, remote.getIfAvailable(), step -> true,
                step -> projects.departments(RunParameters.of(step.getJobParameters()).runId()).size(), renderProgress.manager());
    }

    @Bean
    Step renderSummariesStep(JobRepository repository, PlatformTransactionManager tx, RunStore runs, Reports reports,
            Tonight tonight, Fingerprints fingerprints, Progress progress, Settings settings) {
        return new StepBuilder(NightStep.RENDER_SUMMARIES.stepName(), repository)
                .tasklet(new RenderSummariesTasklet(runs, reports, tonight, fingerprints, settings.partitionThreads()), tx)
                .listener(new StageListener(progress, NightStep.RENDER_SUMMARIES.label())).build();
    }

    /** Binds the books from the parts the render step kept; a restart binds them again from the same parts. */
    @Bean
    Step bookStep(JobRepository repository, PlatformTransactionManager tx, RunStore runs, Reports reports, Tonight tonight,
            Fingerprints fingerprints, Progress progress, Settings settings) {
        return new StepBuilder(NightStep.BOOK.stepName(), repository)
                .tasklet(new BookTasklet(runs, new Books(reports), tonight, fingerprints, settings.partitionThreads()), tx)
                .listener(new StageListener(progress, NightStep.BOOK.label())).build();
    }

    @Bean
    Step removeStaleStep(JobRepository repository, PlatformTransactionManager tx, RunStore runs, Progress progress) {
        return new StepBuilder(NightStep.REMOVE_STALE.stepName(), repository).tasklet(new RemoveStaleTasklet(runs), tx)
                .listener(new StageListener(progress, NightStep.REMOVE_STALE.label())).build();
    }

    @Bean
    Step manifestStep(JobRepository repository, PlatformTransactionManager tx, RunStore runs, FindingStore findings,
            ProjectStore projects, RosterStore rosters, Tonight tonight, Progress progress) {
        return new StepBuilder(NightStep.MANIFEST.stepName(), repository).tasklet(new ManifestTasklet(runs, findings, projects, rosters, tonight), tx)
                .listener(new StageListener(progress, NightStep.MANIFEST.label())).build();
    }
}
