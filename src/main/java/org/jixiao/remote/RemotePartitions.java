package org.jixiao.remote;

import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.RemoteStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.core.MessagingTemplate;

/**
 * Hands a partitioned step's partitions to remote workers, on a night run with {@code --workers=remote}:
 * Spring Batch's remote partitioning, its requests sent through the store's own request queue
 * ({@link RequestChannel}), the outcome learnt by polling the job repository. A stage may go remote
 * only when it pays (an import of a few files is quicker on the manager's own threads): its handler asks,
 * each time the step runs, and otherwise leaves the partitions to the local handler.
 */
public final class RemotePartitions {

    /** Partitions per live worker: enough to even out a slow worker, few enough to cost the manager little. */
    static final int PER_WORKER = 8;
    /**
     * How often the manager looks at its partitions' statuses: one query of 2–11 ms at 1,000 partitions
     * (StatusOnlyPolling), and the step ends at most this long after its last partition.
     */
    static final long POLL_MILLIS = 250;

    private final JobRepository repository;
    private final JobRepository polling;
    private final DataSource dataSource;
    private final QueueChannel requests;
    private final Workers workers;
    private final Duration wait;
    private final Duration watchEvery;
    private final Consumer<String> say;

    RemotePartitions(JobRepository repository, DataSource dataSource, QueueChannel requests, Workers workers, Duration wait,
            Duration watchEvery, Consumer<String> say, String jobName) {
        this.repository = repository;
        this.polling = StatusOnlyPolling.around(repository, dataSource, jobName);
        this.dataSource = dataSource;
        this.requests = requests;
        this.workers = workers;
        this.wait = wait;
        this.watchEvery = watchEvery;
        this.say = say;
    }

    /**
     * The partition handler of a partitioned step.
     *
     * @param workerStep the step each partition runs (the bean a worker finds by that name)
     * @param local runs the partitions on this JVM's threads when the step does not go remote
     * @param remoteWhen whether this execution of the step goes to the workers
     * @param workItems how many units of work (departments, files) the step has: no more partitions than that
     */
    public PartitionHandler handler(String workerStep, PartitionHandler local, Predicate<StepExecution> remoteWhen,
            ToIntFunction<StepExecution> workItems) {
        return new PartitionHandler() {
            @Override
            public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
                if (!remoteWhen.test(manager)) {
                    return local.handle(splitter, manager);
                }
                MessageChannelPartitionHandler remote = new MessageChannelPartitionHandler();
                remote.setStepName(workerStep);
                MessagingTemplate template = new MessagingTemplate();
                template.setDefaultChannel(requests);
                remote.setMessagingOperations(template);
                remote.setJobRepository(polling);
                remote.setPollInterval(POLL_MILLIS);
                // on a restart Spring Batch keeps the partitions of the first attempt, whatever this says
                remote.setGridSize(Math.max(1, Math.min(workItems.applyAsInt(manager), PER_WORKER * Math.max(2, workers.alive().size()))));
                remote.afterPropertiesSet();
                try (WorkerWatch watch = new WorkerWatch(dataSource, repository, workers, wait, watchEvery, say, manager, workerStep)) {
                    Collection<StepExecution> done = remote.handle(splitter, manager);
                    // thrown, not added to the step: the step then fails with this message alone (Spring Batch's
                    // own "unsuccessful step" would stand beside it, in no set order)
                    if (watch.gaveUp()) {
                        throw new IllegalStateException("没有工作进程：分区等待了" + WorkerWatch.span(wait)
                                + "仍无人处理，本次运行停止；启动工作进程（java -jar jixiao.jar worker --store=…）后再运行同一命令即从中断处继续 / "
                                + "no worker took the night's partitions: start workers, then run the same command again to resume");
                    }
                    for (StepExecution p : done) {
                        if (p.getStatus() == BatchStatus.FAILED) {
                            throw new IllegalStateException(failed(p));
                        }
                    }
                    return done;
                }
            }
        };
    }

    /** Sums the partitions up from the repository: what the polls returned carries their statuses only. */
    public StepExecutionAggregator aggregator() {
        return new RemoteStepExecutionAggregator(repository);
    }

    /** What the operator reads of a partition that failed on a worker: the worker's own message when it is jixiao's. */
    private String failed(StepExecution polled) {
        StepExecution p = repository.getStepExecution(polled.getId());
        String description = p == null ? "" : p.getExitStatus().getExitDescription();
        String first = description.lines().findFirst().orElse("");
        String message = first.contains(": ") ? first.substring(first.indexOf(": ") + 2) : first;
        boolean ours = message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return "工作进程处理分区 " + polled.getStepName() + " 失败：" + (ours ? message : "意外的内部错误，详见该工作进程的输出")
                + " / a partition failed on a worker";
    }
}
