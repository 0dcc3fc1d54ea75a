package org.jixiao.batch;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.render.Books;
import org.jixiao.render.Reports;
import org.jixiao.store.FileStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.BlockStore;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: scan the input folder → import rows → check projects → make tonight's versions
 * current → publish tables → render PDFs → bind the summary books → manifest. Each step is restartable: chunk steps resume from their last
 * commit, tasklets run in one transaction or rewrite the same files.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    static final String JOB = "nightly";
    /** Blocks per chunk: a block is one project's rows, so about 2,000 rows a commit. */
    private static final int IMPORT_CHUNK = 100;
    private static final int CHECK_CHUNK = 100;

    @Bean
    Job nightlyJob(JobRepository repository, Step scanStep, Step importStep, Step checkStep, Step finishImportStep,
            Step publishTablesStep, Step renderStep, Step bookStep, Step manifestStep) {
        return new JobBuilder(JOB, repository)
                .start(scanStep)
                .next(importStep)
                .next(checkStep)
                .next(finishImportStep)
                .next(publishTablesStep)
                .next(renderStep)
                .next(bookStep)
                .next(manifestStep)
                .build();
    }

    /** Progress goes nowhere unless the command line supplies a bar or a log. */
    @Bean
    @ConditionalOnMissingBean
    Progress progress() {
        return Progress.SILENT;
    }

    @Bean
    Step scanStep(JobRepository repository, PlatformTransactionManager tx, FileStore files, RunStore runs, Progress progress) {
        return new StepBuilder("scan", repository).tasklet(new InputScanTasklet(files, runs), tx)
                .listener(new StageListener(progress, "扫描")).build();
    }

    @Bean
    @StepScope
    FilingRowReader filingRowReader(FileStore files, ImportMeter meter, @Value("#{jobParameters['run.id']}") Long runId,
            @Value("#{jobParameters['input']}") String input) {
        return new FilingRowReader(files, meter, runId, Path.of(input));
    }

    @Bean
    @StepScope
    ImportWriter importWriter(BlockStore blocks, FindingStore findings, FileStore files,
            @Value("#{jobParameters['run.id']}") Long runId) {
        return new ImportWriter(blocks, findings, files, runId);
    }

    @Bean
    Step importStep(JobRepository repository, PlatformTransactionManager tx, FilingRowReader filingRowReader,
            ImportWriter importWriter, Progress progress, ImportMeter meter) {
        return new StepBuilder("import", repository).<ImportItem, ImportItem>chunk(IMPORT_CHUNK)
                .transactionManager(tx)
                .reader(filingRowReader)
                .writer(importWriter)
                .listener(asStepListener(new ImportProgressListener(progress, meter)))
                .build();
    }

    @Bean
    @StepScope
    ProjectRowsReader projectRowsReader(DataSource dataSource, @Value("#{jobParameters['run.id']}") Long runId) {
        return new ProjectRowsReader(dataSource, runId);
    }

    @Bean
    @StepScope
    CheckProcessor checkProcessor(ScoringPolicy policy, @Value("#{jobParameters['run.id']}") Long runId) {
        return new CheckProcessor(policy, runId);
    }

    @Bean
    Step checkStep(JobRepository repository, PlatformTransactionManager tx, ProjectRowsReader projectRowsReader,
            CheckProcessor checkProcessor, ProjectStore projects, FindingStore findings, BlockStore blocks, Progress progress) {
        return new StepBuilder("check", repository).<ProjectRows, CheckProcessor.Checked>chunk(CHECK_CHUNK)
                .transactionManager(tx)
                .reader(projectRowsReader)
                .processor(checkProcessor)
                .writer(new CheckWriter(projects, findings))
                .listener(asStepListener(new ProgressListener(progress, "检查", "个项目",
                        step -> blocks.projectsOfRun(RunParameters.of(step.getJobParameters()).runId()))))
                .build();
    }

    /**
     * A listener that is both a StepExecutionListener and an ItemWriteListener must be passed as a plain
     * StepListener: the more specific overload would register it for step events only.
     */
    private static StepListener asStepListener(StepListener listener) {
        return listener;
    }

    @Bean
    Step finishImportStep(JobRepository repository, PlatformTransactionManager tx, FileStore files, ProjectStore projects,
            Progress progress) {
        return new StepBuilder("finishImport", repository).tasklet(new FinishImportTasklet(files, projects), tx)
                .listener(new StageListener(progress, "合并")).build();
    }

    @Bean
    Step publishTablesStep(JobRepository repository, PlatformTransactionManager tx, ProjectStore projects, FindingStore findings,
            RunStore runs, Progress progress) {
        return new StepBuilder("publishTables", repository).tasklet(new PublishTablesTasklet(projects, findings, runs), tx)
                .listener(new StageListener(progress, "汇总")).build();
    }

    /** One per run: checks the shipped CJK font at start-up; templates compile on first use and are reused. */
    @Bean
    Reports reports() {
        return Reports.standard();
    }

    @Bean
    Step renderStep(JobRepository repository, PlatformTransactionManager tx, ProjectStore projects, FindingStore findings,
            RunStore runs, Reports reports) {
        return new StepBuilder("render", repository).tasklet(new RenderTasklet(projects, findings, runs, reports), tx).build();
    }

    /** Binds the books from the parts the render step kept; a restart binds them again from the same parts. */
    @Bean
    Step bookStep(JobRepository repository, PlatformTransactionManager tx, ProjectStore projects, RunStore runs, Reports reports,
            Progress progress) {
        return new StepBuilder("book", repository).tasklet(new BookTasklet(projects, runs, new Books(reports)), tx)
                .listener(new StageListener(progress, "汇编")).build();
    }

    @Bean
    Step manifestStep(JobRepository repository, PlatformTransactionManager tx, RunStore runs, FindingStore findings,
            Progress progress) {
        return new StepBuilder("manifest", repository).tasklet(new ManifestTasklet(runs, findings), tx)
                .listener(new StageListener(progress, "清单")).build();
    }
}
