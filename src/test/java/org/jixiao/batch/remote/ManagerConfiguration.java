package org.jixiao.batch.remote;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.RemoteStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.channel.QueueChannel;

/**
 * The manager: a job whose one step hands its partitions to the workers through the request channel
 * and learns their outcome by polling the job repository (no reply channel, so no aggregation of
 * replies: upstream spring-batch #4945 does not apply). A watch beside it says when no worker is alive
 * and fences workers whose heartbeat stopped.
 */
class ManagerConfiguration {

    @Bean
    WorkerWatch workerWatch(DataSource dataSource, JobRepository repository,
            @Value("${jixiao.watchEvery:2}") int watchEverySeconds, @Value("${jixiao.lease:15}") int leaseSeconds,
            @Value("${jixiao.giveUp:0}") int giveUpSeconds) {
        return new WorkerWatch(dataSource, repository, Duration.ofSeconds(watchEverySeconds), Duration.ofSeconds(leaseSeconds),
                Duration.ofSeconds(giveUpSeconds));
    }

    @Bean
    ManagerCost managerCost(DataSource dataSource) {
        return new ManagerCost(dataSource);
    }

    /**
     * The manager step; with {@code jixiao.statusOnlyPolling} its polls read only the partitions'
     * statuses (see {@link StatusOnlyPolling}), and the partitions are summed from the real repository.
     */
    @Bean
    Step managerStep(RemotePartitioningManagerStepBuilderFactory managerSteps, JobRepository repository, DataSource dataSource,
            BeanFactory beans, QueueChannel requests, WorkerWatch workerWatch, ManagerCost managerCost,
            @Value("${jixiao.partitions}") int partitions, @Value("${jixiao.items}") int items,
            @Value("${jixiao.pollMillis:1000}") long pollMillis, @Value("${jixiao.statusOnlyPolling:true}") boolean statusOnly) {
        RemotePartitioningManagerStepBuilderFactory factory = managerSteps;
        if (statusOnly) {
            factory = new RemotePartitioningManagerStepBuilderFactory(StatusOnlyPolling.around(repository, dataSource));
            factory.setBeanFactory(beans);
        }
        return factory.get(Spike.MANAGER_STEP)
                .aggregator(new RemoteStepExecutionAggregator(repository))
                .partitioner(Spike.WORKER_STEP, new ToyPartitioner(partitions, items))
                .gridSize(partitions)
                .outputChannel(requests)
                .pollInterval(pollMillis)
                .listener(workerWatch)
                .listener(managerCost)
                .build();
    }

    @Bean
    Job toyNight(JobRepository repository, Step managerStep) {
        return new JobBuilder(Spike.JOB, repository).start(managerStep).build();
    }
}
