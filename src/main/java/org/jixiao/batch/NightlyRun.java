package org.jixiao.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.filing.ScoringPolicy;
import org.jixiao.store.FindingStore;
import org.jixiao.store.RunStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** Starts one nightly run: registers it, launches the job, and reports how it ended. */
@Component
public class NightlyRun {

    /** How a run ended: the job's status, the 错误 findings it recorded, and what made it fail. */
    public record Outcome(long runId, BatchStatus status, int errors, List<Throwable> failures) {
        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }
    }

    private final JobOperator operator;
    private final Job job;
    private final RunStore runs;
    private final FindingStore findings;

    public NightlyRun(JobOperator operator, Job nightlyJob, RunStore runs, FindingStore findings) {
        this.operator = operator;
        this.job = nightlyJob;
        this.runs = runs;
        this.findings = findings;
    }

    public Outcome run(Path input, Path output, LocalDate runDate) throws Exception {
        long runId = runs.nextRunId();
        RunParameters parameters = new RunParameters(runId, input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                runDate);
        runs.start(runId, runDate, parameters.input().toString(), parameters.output().toString());
        JobExecution execution = operator.start(job, parameters.toJobParameters());
        runs.finish(runId, execution.getStatus().name());
        return new Outcome(runId, execution.getStatus(), findings.errorsOfRun(runId), execution.getAllFailureExceptions());
    }

    /** Scoring configuration for the checks. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ScoringProperties.class)
    static class Scoring {
        @Bean
        ScoringPolicy scoringPolicy(ScoringProperties properties) {
            return properties.toPolicy();
        }
    }
}
