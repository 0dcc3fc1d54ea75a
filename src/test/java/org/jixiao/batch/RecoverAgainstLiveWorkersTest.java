package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A manager killed mid-render is resumed while a worker of the killed night still commits a partition:
 * Spring Batch's recover then fails on the step execution's version (seen once in CI, in
 * RemoteWorkersTest's manager kill). Here the race is played out step by step.
 */
class RecoverAgainstLiveWorkersTest {

    private static final OptimisticLockingFailureException RACE = new OptimisticLockingFailureException(
            "Attempt to update step execution id=39 with wrong version (1), where current version is 4");

    @Test
    void aRecoveryThatLosesToAWorkersCommitReadsAgainAndRecovers() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        List<Long> pauses = new ArrayList<>();
        AtomicInteger tries = new AtomicInteger();
        JobExecution recovered = NightlyRun.recovered(running(1), e -> {
            if (tries.incrementAndGet() <= 2) {
                throw RACE;
            }
            JobExecution done = running(e.getId());
            done.setStatus(BatchStatus.FAILED);
            return done;
        }, () -> running(reads.incrementAndGet() + 1), pauses::add);
        assertThat(tries).hasValue(3);
        assertThat(reads).as("read again after each lost race").hasValue(2);
        assertThat(pauses).containsExactly(100L, 200L);
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getId()).as("the last read's execution recovered").isEqualTo(3L);
    }

    @Test
    void whenThePartitionFinishedMeanwhileThereIsNothingLeftToRecover() throws Exception {
        JobExecution settled = running(2);
        settled.setStatus(BatchStatus.FAILED);
        settled.getStepExecutions().forEach(s -> s.setStatus(BatchStatus.COMPLETED));
        AtomicInteger tries = new AtomicInteger();
        JobExecution result = NightlyRun.recovered(running(1), e -> {
            tries.incrementAndGet();
            throw RACE;
        }, () -> settled, millis -> { });
        assertThat(tries).hasValue(1);
        assertThat(result).isSameAs(settled);
    }

    @Test
    void aRaceLostEveryTimeIsReportedAfterItsTries() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> NightlyRun.recovered(running(1), e -> {
            tries.incrementAndGet();
            throw RACE;
        }, () -> running(1), millis -> { })).isSameAs(RACE);
        assertThat(tries).hasValue(NightlyRun.RECOVER_ATTEMPTS);
    }

    /** A night the repository still calls running, with one partition STARTED. */
    private static JobExecution running(long id) {
        JobExecution job = new JobExecution(id, new JobInstance(1L, "nightly"), new JobParameters());
        job.setStatus(BatchStatus.STARTED);
        StepExecution partition = new StepExecution(id * 10, "renderDepartments:departments-0-of-2", job);
        partition.setStatus(BatchStatus.STARTED);
        job.addStepExecution(partition);
        return job;
    }
}
