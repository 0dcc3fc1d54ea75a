package org.jixiao.remote;

import java.time.Duration;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.scheduling.PollerMetadata;
import org.springframework.integration.transaction.TransactionInterceptorBuilder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * A remote worker ({@code java -jar jixiao.jar worker --store=URL}): takes partition requests from the
 * queue one at a time, each inside a transaction on the queue's own connection, and runs the partition
 * the request names — the same step beans the embedded night runs on its threads — before that
 * transaction commits. Spring Batch's {@link StepExecutionRequestHandler} does the running; the manager
 * learns the outcome from the job repository, so nothing is sent back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jixiao.role", havingValue = "worker")
class WorkerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkerConfiguration.class);

    /** An idle worker looks at the queue this often; a busy one looks again as soon as it is done. */
    static final Duration POLL = Duration.ofMillis(250);

    @Bean
    WorkerHeartbeat workerHeartbeat(Workers workers, @Value("${jixiao.worker.beat:5}") java.math.BigDecimal beatSeconds) {
        return new WorkerHeartbeat(workers, Duration.ofMillis(beatSeconds.multiply(java.math.BigDecimal.valueOf(1000)).longValue()));
    }

    @Bean
    Drain drain(WorkerHeartbeat workerHeartbeat, @Value("${jixiao.worker.grace:60}") long graceSeconds) {
        return new Drain(Duration.ofSeconds(graceSeconds), workerHeartbeat);
    }

    /** The drain watches every chunk of the steps a worker runs, to hand a partition back at a boundary. */
    @Bean
    SmartInitializingSingleton drainOnChunks(ListableBeanFactory beans, Drain drain) {
        return () -> beans.getBeansOfType(ChunkOrientedStep.class).values().forEach(step -> step.registerChunkListener(drain));
    }

    @Bean
    IntegrationFlow partitionRequests(@Qualifier("requests") QueueChannel requests, JobRepository repository,
            ListableBeanFactory beans, Drain drain, @Qualifier("requests") JdbcTransactionManager requestTransactionManager) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(repository);
        handler.setStepLocator(new StartableOnly(beans));
        PollerMetadata poller = new PollerMetadata();
        poller.setTrigger(new PeriodicTrigger(POLL));
        // a poll that found a request looks again at once, each request in a transaction of its own
        poller.setMaxMessagesPerPoll(-1);
        // one look at the queue per poll: the queue's in-JVM wait would hold the transaction for nothing
        poller.setReceiveTimeout(0);
        MethodInterceptor discardUnreadable = poll -> {
            try {
                return poll.proceed();
            } catch (Exception e) {
                // a request naming a step execution the repository no longer has, say: taken off the
                // queue (the transaction commits) rather than polled and failed forever
                log.warn("无法处理的分区请求已取下 / unusable request taken off the queue: {}", e.toString());
                return null;
            }
        };
        poller.setAdviceChain(List.of(drain, new TransactionInterceptorBuilder().transactionManager(requestTransactionManager).build(),
                discardUnreadable));
        return IntegrationFlow.from(requests)
                .handle(handler, "handle", endpoint -> endpoint.poller(poller))
                .nullChannel();
    }
}
