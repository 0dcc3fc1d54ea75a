package org.jixiao.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jixiao.render.Printing;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The nightly job's parameters: jixiao's run id, the input and output folders, and the run date
 * printed on reports (fixed per run, so a restarted run renders the same bytes); how the PDFs are
 * printed (--draft, --duplex, --archive). The printing options do not identify the run: a run restarted after a
 * kill is found by its id and folders, and Spring Batch restarts it with the options it started with.
 */
public record RunParameters(long runId, Path input, Path output, LocalDate runDate, Printing printing) {

    static final String RUN_ID = "run.id";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RUN_DATE = "run.date";
    static final String DRAFT = "print.draft";
    static final String DUPLEX = "print.duplex";
    static final String ARCHIVE = "print.archive";

    /** A run printed as final, one-sided. */
    public RunParameters(long runId, Path input, Path output, LocalDate runDate) {
        this(runId, input, output, runDate, Printing.FINAL);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLong(RUN_ID, runId)
                .addString(INPUT, input.toString())
                .addString(OUTPUT, output.toString())
                .addString(RUN_DATE, runDate.toString())
                .addString(DRAFT, Boolean.toString(printing.draft()), false)
                .addString(DUPLEX, Boolean.toString(printing.duplex()), false)
                .addString(ARCHIVE, Boolean.toString(printing.archive()), false)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters p) {
        // absent in runs started before the options existed: those printed final, one-sided
        Printing printing = new Printing(Boolean.parseBoolean(p.getString(DRAFT)), Boolean.parseBoolean(p.getString(DUPLEX)),
                Boolean.parseBoolean(p.getString(ARCHIVE)));
        return new RunParameters(p.getLong(RUN_ID), Path.of(p.getString(INPUT)), Path.of(p.getString(OUTPUT)),
                LocalDate.parse(p.getString(RUN_DATE)), printing);
    }
}
