package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.batch.upstream.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * jixiao's chunk steps, interrupted between chunks, end STOPPED, not COMPLETED with items unread as
 * Spring Batch 6.0.4's own do (upstream/SpringBatch604Test): the restart reads the rest.
 */
class StopWhenInterruptedTest {

    private AnnotationConfigApplicationContext context;

    @BeforeEach
    void batch() {
        Fixture.WRITTEN.clear();
        context = new AnnotationConfigApplicationContext(Fixture.class);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anInterruptedChunkStepStopsAndItsRestartReadsTheRest() throws Exception {
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        ItemWriter<Integer> writer = chunk -> {
            Fixture.written("").addAll(chunk.getItems());
            if (chunk.getItems().contains(2) && Fixture.written("").size() == 4) {
                Thread.currentThread().interrupt();
            }
        };
        @SuppressWarnings("unchecked")
        ItemReader<Integer> reader = context.getBean("reader", ItemReader.class);
        Step step = new StepBuilder("step", repository).<Integer, Integer>chunk(2).transactionManager(context.getBean(JdbcTransactionManager.class))
                .reader(reader).writer(writer).interruptionPolicy(Partitioned.STOP_WHEN_INTERRUPTED).build();
        Job job = new JobBuilder("interrupted", repository).start(step).build();
        context.getBean(JobRegistry.class).register(job);

        JobExecution first = operator.start(job, new JobParametersBuilder().addLong("run", 1L).toJobParameters());
        Thread.interrupted();
        assertThat(first.getStepExecutions().iterator().next().getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.STOPPED);

        JobExecution second = operator.restart(first);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Fixture.written("")).containsExactly(0, 1, 2, 3, 4, 5);
    }
}
