package org.jixiao.batch.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.scheduling.PollerMetadata;
import org.springframework.integration.transaction.TransactionInterceptorBuilder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * A worker: takes requests from the channel one at a time, each inside a transaction on the channel's own
 * connection, and runs the partition it names in that transaction's lifetime. The request's row stays
 * locked (SKIP LOCKED keeps other workers off it) until the partition is done; if the worker dies, the
 * database rolls the transaction back and the request is there again for another worker.
 */
class WorkerConfiguration {

    @Bean
    WorkerHeartbeat workerHeartbeat(DataSource dataSource, @Value("${jixiao.beatEvery:3}") long beatEverySeconds) {
        return new WorkerHeartbeat(dataSource, beatEverySeconds);
    }

    @Bean
    Drain drain(WorkerHeartbeat workerHeartbeat, @Value("${jixiao.graceSeconds:60}") long graceSeconds) {
        return new Drain(Duration.ofSeconds(graceSeconds), workerHeartbeat);
    }

    /** The poller every polling endpoint uses when it names none: the worker step's flow is one. */
    @Bean(name = PollerMetadata.DEFAULT_POLLER)
    PollerMetadata poller(Drain drain, @Qualifier("channelTransactionManager") JdbcTransactionManager channelTransactionManager, @Value("${jixiao.workerPollMillis:250}") long pollMillis) {
        PollerMetadata poller = new PollerMetadata();
        poller.setTrigger(new PeriodicTrigger(Duration.ofMillis(pollMillis)));
        // a poll that found a request looks again at once (each request in a transaction of its own):
        // one request per poll would leave the worker idle for the poll's delay after each partition
        poller.setMaxMessagesPerPoll(-1);
        // one look at the queue per poll: the queue's in-JVM wait would hold the transaction for nothing
        poller.setReceiveTimeout(0);
        MethodInterceptor discardUnreadable = poll -> {
            try {
                return poll.proceed();
            } catch (Exception e) {
                // e.g. a request naming a step execution the repository no longer has: taken off the
                // queue (the transaction commits) rather than failing every poll forever
                Spike.say("DISCARD " + e);
                return null;
            }
        };
        poller.setAdviceChain(List.of(drain, new TransactionInterceptorBuilder().transactionManager(channelTransactionManager).build(),
                discardUnreadable));
        return poller;
    }

    @Bean
    Step renderPart(RemotePartitioningWorkerStepBuilderFactory workerSteps, QueueChannel requests, BeanFactory beans,
            JdbcTransactionManager transactionManager, ToyReader toyReader, ItemProcessor<Integer, ToyWriter.Result> toyProcessor,
            @Value("${jixiao.output}") String output, Drain drain) {
        return workerSteps.get(Spike.WORKER_STEP)
                .inputChannel(requests)
                .stepLocator(new StartableOnly(beans))
                .listener(new Identity())
                .<Integer, ToyWriter.Result>chunk(1)
                .transactionManager(transactionManager)
                .reader(toyReader)
                .processor(toyProcessor)
                .writer(new ToyWriter(Path.of(output)))
                .listener(drain)
                .build();
    }

    @Bean
    @StepScope
    ToyReader toyReader(@Value("#{stepExecutionContext['items']}") Integer items) {
        return new ToyReader(items);
    }

    @Bean
    @StepScope
    ItemProcessor<Integer, ToyWriter.Result> toyProcessor(@Value("#{stepExecutionContext['partition']}") Integer partition,
            @Value("${jixiao.rounds}") int rounds) {
        return item -> new ToyWriter.Result(partition, item, Spike.work(partition, item, rounds));
    }

    /** Names this process in the partition's context: the last process to run it is the writer of its files. */
    static final class Identity implements StepExecutionListener {
        @Override
        public void beforeStep(StepExecution partition) {
            partition.getExecutionContext().putString(Spike.WORKER_KEY, Spike.processId());
        }

        @Override
        public ExitStatus afterStep(StepExecution partition) {
            return null;
        }
    }
}
