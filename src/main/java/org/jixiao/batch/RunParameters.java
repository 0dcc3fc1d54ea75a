package org.jixiao.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The nightly job's parameters: jixiao's run id, the input and output folders, and the run date
 * printed on reports (fixed per run, so a restarted run renders the same bytes).
 */
public record RunParameters(long runId, Path input, Path output, LocalDate runDate) {

    static final String RUN_ID = "run.id";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RUN_DATE = "run.date";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong(RUN_ID, runId)
                .addString(INPUT, input.toString())
                .addString(OUTPUT, output.toString())
                .addString(RUN_DATE, runDate.toString())
                .toJobParameters();
    }

    public static RunParameters of(JobParameters p) {
        return new RunParameters(p.getLong(RUN_ID), Path.of(p.getString(INPUT)), Path.of(p.getString(OUTPUT)),
                LocalDate.parse(p.getString(RUN_DATE)));
    }
}
