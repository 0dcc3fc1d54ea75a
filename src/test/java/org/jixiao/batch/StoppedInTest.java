package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where an interrupted night stopped, as its resume reports it. After a kill H2 may keep only a prefix of the
 * run's commits: the steps it remembers all completed, the next not yet begun.
 */
class StoppedInTest {

    @Test
    void theFirstStepNotCompletedIsWhereItStopped() {
        assertThat(NightlyRun.stoppedIn(night(Map.of("scan", BatchStatus.COMPLETED, "import", BatchStatus.STARTED))))
                .isEqualTo("import");
    }

    @Test
    void afterTheLastStepRememberedTheNextOnItsPath() {
        assertThat(NightlyRun.stoppedIn(night(Map.of("scan", BatchStatus.COMPLETED, "import", BatchStatus.COMPLETED))))
                .isEqualTo("check");
        assertThat(NightlyRun.stoppedIn(night(Map.of("scan", BatchStatus.COMPLETED, "repeat", BatchStatus.COMPLETED))))
                .isEqualTo("manifest");
    }

    @Test
    void afterTheScanAloneTheNextStepIsTheDecidersAndNotYetKnown() {
        // a night that repeats the night before goes on with 沿用, any other with the import: it was reported as
        // 停在「导入」 for a night that then repeated
        assertThat(NightlyRun.stoppedIn(night(Map.of("scan", BatchStatus.COMPLETED)))).isNull();
    }

    private static JobExecution night(Map<String, BatchStatus> steps) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "nightly"), new JobParameters());
        job.setStatus(BatchStatus.STARTED);
        long id = 10;
        for (String name : new String[] {"scan", "repeat", "import", "check"}) {
            if (steps.containsKey(name)) {
                StepExecution step = new StepExecution(id++, name, job);
                step.setStatus(steps.get(name));
                job.addStepExecution(step);
            }
        }
        return job;
    }
}
