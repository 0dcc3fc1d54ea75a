package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jixiao.render.Printing;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The job parameters a run is started, found and restarted with. */
class RunParametersTest {

    private static final RunParameters DRAFT = new RunParameters(7, Path.of("/in"), Path.of("/out"), LocalDate.of(2026, 11, 21),
            new Printing(true, true));

    @Test
    void theyComeBackAsTheyWent() {
        assertThat(RunParameters.of(DRAFT.toJobParameters())).isEqualTo(DRAFT);
    }

    @Test
    void theRunIsFoundWhateverItsPrintingOptions() {
        // NightlyRun looks an unfinished run up with the options of tonight's command line; the job instance
        // must be the same, and Spring Batch restarts it with the options it started with
        RunParameters tonight = new RunParameters(7, Path.of("/in"), Path.of("/out"), LocalDate.of(2026, 11, 21));
        assertThat(tonight.toJobParameters().getIdentifyingParameters())
                .isEqualTo(DRAFT.toJobParameters().getIdentifyingParameters());
    }

    @Test
    void aRunStartedBeforeTheOptionsExistedPrintsFinal() {
        JobParameters old = new JobParametersBuilder().addLong("run.id", 3L).addString("input", "/in").addString("output", "/out")
                .addString("run.date", "2026-01-02").toJobParameters();
        assertThat(RunParameters.of(old).printing()).isEqualTo(Printing.FINAL);
    }
}
