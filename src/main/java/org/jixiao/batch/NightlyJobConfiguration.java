package org.jixiao.batch;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.render.Reports;
import org.jixiao.store.FileStore;
import org.jixiao.store.FindingStore;
import org.jixiao.store.ProjectStore;
import org.jixiao.store.RowStore;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: scan the input folder → import rows → check projects → make tonight's versions
 * current → publish tables → render PDFs → manifest. Each step is restartable: chunk steps resume from their last
 * commit, tasklets run in one transaction or rewrite the same files.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    static final String JOB = "nightly";
    private static final int IMPORT_CHUNK = 1000;
    private static final int CHECK_CHUNK = 100;

    @Bean
    Job nightlyJob(JobRepository repository, Step scanStep, Step importStep, Step checkStep, Step finishImportStep,
            Step publishTablesStep, Step renderStep, Step manifestStep) {
        return new JobBuilder(JOB, repository)
                .start(scanStep)
                .next(importStep)
                .next(checkStep)
                .next(finishImportStep)
                .next(publishTablesStep)
                .next(renderStep)
                .next(manifestStep)
                .build();
    }

    @Bean
    Step scanStep(JobRepository repository, PlatformTransactionManager tx, FileStore files, RunStore runs) {
        return new StepBuilder("scan", repository).tasklet(new InputScanTasklet(files, runs), tx).build();
    }

    @Bean
    @StepScope
    FilingRowReader filingRowReader(FileStore files, @Value("#{jobParameters['run.id']}") Long runId,
            @Value("#{jobParameters['input']}") String input) {
        return new FilingRowReader(files, runId, Path.of(input));
    }

    @Bean
    @StepScope
    ImportWriter importWriter(RowStore rows, FindingStore findings, FileStore files,
            @Value("#{jobParameters['run.id']}") Long runId) {
        return new ImportWriter(rows, findings, files, runId);
    }

    @Bean
    Step importStep(JobRepository repository, PlatformTransactionManager tx, FilingRowReader filingRowReader,
            ImportWriter importWriter) {
        return new StepBuilder("import", repository).<ImportItem, ImportItem>chunk(IMPORT_CHUNK)
                .transactionManager(tx)
                .reader(filingRowReader)
                .writer(importWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<ProjectRef> projectRefReader(DataSource dataSource, @Value("#{jobParameters['run.id']}") Long runId) {
        return new JdbcCursorItemReaderBuilder<ProjectRef>()
                .name("projectRefs")
                .dataSource(dataSource)
                .sql("""
                        SELECT g.file_id, f.path, g.project_key, g.first_seq,
                          ROW_NUMBER() OVER (PARTITION BY g.project_key ORDER BY f.path, g.file_id) AS occurrence,
                          FIRST_VALUE(f.path) OVER (PARTITION BY g.project_key ORDER BY f.path, g.file_id) AS first_path,
                          FIRST_VALUE(r0.row_no) OVER (PARTITION BY g.project_key ORDER BY f.path, g.file_id) AS first_path_row
                        FROM (SELECT r.file_id, r.project_key, MIN(r.seq) AS first_seq
                              FROM jx_row r JOIN jx_file x ON x.file_id = r.file_id AND x.run_id = ?
                              GROUP BY r.file_id, r.project_key) g
                        JOIN jx_file f ON f.file_id = g.file_id
                        JOIN jx_row r0 ON r0.file_id = g.file_id AND r0.seq = g.first_seq
                        ORDER BY g.project_key, f.path, g.file_id""")
                .preparedStatementSetter(ps -> ps.setLong(1, runId))
                .rowMapper((rs, n) -> new ProjectRef(rs.getLong("file_id"), rs.getString("path"), rs.getString("project_key"),
                        rs.getInt("first_seq"), rs.getInt("occurrence"), rs.getString("first_path"), rs.getInt("first_path_row")))
                .build();
    }

    @Bean
    @StepScope
    CheckProcessor checkProcessor(RowStore rows, ScoringPolicy policy, @Value("#{jobParameters['run.id']}") Long runId) {
        return new CheckProcessor(rows, policy, runId);
    }

    @Bean
    Step checkStep(JobRepository repository, PlatformTransactionManager tx, JdbcCursorItemReader<ProjectRef> projectRefReader,
            CheckProcessor checkProcessor, ProjectStore projects, FindingStore findings) {
        return new StepBuilder("check", repository).<ProjectRef, CheckProcessor.Checked>chunk(CHECK_CHUNK)
                .transactionManager(tx)
                .reader(projectRefReader)
                .processor(checkProcessor)
                .writer(new CheckWriter(projects, findings))
                .build();
    }

    @Bean
    Step finishImportStep(JobRepository repository, PlatformTransactionManager tx, FileStore files, ProjectStore projects) {
        return new StepBuilder("finishImport", repository).tasklet(new FinishImportTasklet(files, projects), tx).build();
    }

    @Bean
    Step publishTablesStep(JobRepository repository, PlatformTransactionManager tx, ProjectStore projects, FindingStore findings,
            RunStore runs) {
        return new StepBuilder("publishTables", repository).tasklet(new PublishTablesTasklet(projects, findings, runs), tx).build();
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

    @Bean
    Step manifestStep(JobRepository repository, PlatformTransactionManager tx, RunStore runs, FindingStore findings) {
        return new StepBuilder("manifest", repository).tasklet(new ManifestTasklet(runs, findings), tx).build();
    }
}
