package org.jixiao.batch;

import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jixiao.remote.RemotePartitions;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepInterruptionPolicy;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.TaskExecutor;

/**
 * The manager step of a partitioned stage: its partitions run the worker step — a bean, the same one a
 * remote worker runs — on this JVM's threads, or, on a night with remote workers, on the workers when
 * the stage goes remote.
 */
final class Partitioned {

    /**
     * A chunk-oriented step of Spring Batch 6.0.4 whose thread is interrupted leaves its chunk loop and
     * ends COMPLETED with its items unread (ChunkOrientedStep#interrupted takes the policy's exception
     * for an answer and nothing marks the step stopped; no upstream issue found). Marked to terminate,
     * the step ends STOPPED instead, and a restart reads the rest.
     */
    static final StepInterruptionPolicy STOP_WHEN_INTERRUPTED = step -> {
        if (Thread.currentThread().isInterrupted()) {
            step.setTerminateOnly();
            throw new JobInterruptedException("interrupted");
        }
    };

    private Partitioned() {
    }

    /**
     * @param remote the remote workers, or null for a night without
     * @param remoteWhen whether an execution of the stage goes to the workers (a night with workers only)
     * @param workItems the stage's units of work: no more remote partitions than that
     */
    static Step step(JobRepository repository, String name, Step worker, Partitioner partitioner, int threads, TaskExecutor executor,
            RemotePartitions remote, Predicate<StepExecution> remoteWhen, ToIntFunction<StepExecution> workItems,
            StepExecutionListener... listeners) {
        TaskExecutorPartitionHandler local = new TaskExecutorPartitionHandler();
        local.setStep(worker);
        local.setTaskExecutor(executor);
        local.setGridSize(threads);
        PartitionHandler handler = remote == null ? local : remote.handler(worker.getName(), local, remoteWhen, workItems);
        PartitionStepBuilder builder = new StepBuilder(name, repository).partitioner(worker.getName(), partitioner)
                .partitionHandler(handler);
        if (remote != null) {
            builder.aggregator(remote.aggregator());
        }
        for (StepExecutionListener l : listeners) {
            builder.listener(l);
        }
        return builder.build();
    }
}
